/** The react-query key prefix of every check result; its own module keeps the shell small. */
export const checksQueryKey = ['checks'] as const;
