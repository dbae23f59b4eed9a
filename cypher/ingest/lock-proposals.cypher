// Takes the write lock of some proposals for the rest of the transaction, in id order (as
// curation/lock does for entities): two curators accepting one proposal at once run one after
// the other, and the second reads the status the first committed.
// Parameters: $ids: [proposal id]. Returns: locked, how many of the ids name a proposal.
UNWIND $ids AS id
WITH id ORDER BY id
MATCH (p:Proposal {id: id})
SET p._lock = true
REMOVE p._lock
RETURN count(p) AS locked
