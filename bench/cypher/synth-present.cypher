// Answers: whether the graph holds the synthetic data of `npm run synth` (its first actor).
// Parameters: $id: the first synthetic actor's id.
OPTIONAL MATCH (a:Actor {id: $id})
RETURN a IS NOT NULL AS present
