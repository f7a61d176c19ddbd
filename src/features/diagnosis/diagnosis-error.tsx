import { DiagnoseTimeoutError } from './diagnose-client.ts';

export function DiagnosisError({ error }: { error: unknown }) {
  if (error instanceof DiagnoseTimeoutError) {
    return (
      <div className="notice notice--error" role="alert">
        <h2 className="notice__title">This input took too long to read</h2>
        <p>
          We stopped after {error.timeoutMs / 1000} seconds so that the page stays usable. Try
          pasting only the part of the bounce with the error lines (such as <code>550 5.1.1 …</code>
          ) instead of the whole message.
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">Something went wrong while reading the bounce</h2>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </div>
  );
}
