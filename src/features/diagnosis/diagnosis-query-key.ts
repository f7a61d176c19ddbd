/**
 * The react-query key prefix of every diagnosis, in its own module so that the app shell can
 * clear diagnoses ("Start over") without pulling the worker client into the first bundle.
 */
export const diagnosisQueryKey = ['diagnosis'] as const;
