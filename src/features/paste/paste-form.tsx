import { useRef, useState, type FormEvent } from 'react';
import './paste.css';
import { BounceField, type BounceFieldProps, type LoadedFrom } from './bounce-field.tsx';
import { ExampleButtons } from './example-buttons.tsx';
import { FilePicker } from './file-picker.tsx';
import { readBounceFile } from './read-bounce-file.ts';
import { useFileDrop } from './use-file-drop.ts';

export type { LoadedFrom };

export interface PasteFormProps extends Pick<
  BounceFieldProps,
  'value' | 'loadedFrom' | 'lostOnReload' | 'keepLimit' | 'largeKept'
> {
  onChange(text: string): void;
  /** Diagnose the box's text, or the given text (a file or an example) which replaces it. */
  onDiagnose(text?: string, from?: LoadedFrom): void;
}

const EMPTY_MESSAGE =
  'There is nothing to read yet. Paste a bounce, choose a file or try an example.';

/** Step 1: the text box, a file (chosen or dropped) or an example, and "Diagnose". */
export function PasteForm({ onChange, onDiagnose, ...field }: PasteFormProps) {
  const [error, setError] = useState<string | null>(null);
  const [fileStatus, setFileStatus] = useState('');
  const textboxRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLDivElement>(null);

  const loadFile = async (file: File) => {
    setError(null);
    setFileStatus(`Reading ${file.name}…`);
    const result = await readBounceFile(file);
    if (!result.ok) {
      setFileStatus(result.message);
      return;
    }
    setFileStatus('');
    onDiagnose(result.text, { kind: 'file', name: file.name, size: file.size, note: result.note });
  };
  const dragging = useFileDrop(formRef, (file) => void loadFile(file));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!field.value.trim()) {
      setError(EMPTY_MESSAGE);
      textboxRef.current?.focus();
      return;
    }
    onDiagnose();
  };

  return (
    <div className="paste" ref={formRef}>
      <form className="paste__form" onSubmit={submit} noValidate>
        <BounceField
          {...field}
          ref={textboxRef}
          error={error}
          onChange={(text) => {
            setError(null);
            onChange(text);
          }}
        />
        <div className="paste__actions">
          <button type="submit" className="button button--primary">
            Diagnose
          </button>
        </div>
      </form>
      <FilePicker dragging={dragging} status={fileStatus} onFile={(file) => void loadFile(file)} />
      <ExampleButtons
        onPick={(example) => onDiagnose(example.text, { kind: 'example', id: example.id })}
      />
    </div>
  );
}
