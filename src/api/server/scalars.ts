import { DateResolver, JSONObjectResolver, NonEmptyStringResolver } from 'graphql-scalars';

/**
 * The graphql-scalars the schema declares. `Date` is only an input (date-range arguments):
 * dates the graph returns may be partial ("2026-02") and stay strings.
 */
export const scalars = {
  Date: DateResolver,
  NonEmptyString: NonEmptyStringResolver,
  JSONObject: JSONObjectResolver,
};
