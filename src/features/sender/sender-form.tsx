import { useId } from 'react';
import { FIELD_LABELS, type SenderField } from '../../engine/index.ts';
import type { ReadyFlow } from '../flow/use-flow.ts';
import { useWizardDispatch, useWizardState } from '../wizard/wizard-context.tsx';
import { provenance } from './provenance.ts';
import { ServiceRows } from './service-rows.tsx';
import './sender.css';

/** Step 3: only the details the planned checks need, each saying where its value came from. */
export function SenderForm({ flow }: { flow: ReadyFlow }) {
  const { sender: typed } = useWizardState();
  const dispatch = useWizardDispatch();
  const change = (field: SenderField, value: string) =>
    dispatch({ type: 'sender-changed', field, value });
  const fields = flow.fields.filter((field) => field !== 'original');
  const wantsOriginal = flow.fields.includes('original');
  if (flow.fields.length === 0) {
    return (
      <p className="notice">
        This diagnosis needs no details about your sending: nothing in your DNS can fix it. Go on to
        the checklist for what to do.
      </p>
    );
  }
  return (
    <form className="sender-form" onSubmit={(event) => event.preventDefault()}>
      {fields.map((field) =>
        field === 'esp' ? (
          <ServiceRows
            key={field}
            value={flow.values.esp ?? ''}
            prefill={flow.prefill}
            typed={typed.esp}
            onChange={(value) => change('esp', value)}
          />
        ) : (
          <Field
            key={field}
            field={field}
            value={flow.values[field] ?? ''}
            source={provenance(flow.prefill, typed[field], field)}
            onChange={(value) => change(field, value)}
          />
        ),
      )}
      {wantsOriginal ? (
        <OriginalField
          value={typed.original ?? ''}
          inBounce={flow.prefill.original !== undefined && !typed.original?.trim()}
          onChange={(value) => change('original', value)}
        />
      ) : null}
    </form>
  );
}

function Field(props: {
  field: SenderField;
  value: string;
  source: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const { label, hint, keyboard } = FIELD_LABELS[props.field];
  const describedBy = `${id}-hint ${id}-source`;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <input
        id={id}
        type="text"
        value={props.value}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        inputMode={keyboard}
        aria-describedby={describedBy}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <p id={`${id}-source`} className="field__source">
        {props.source}
      </p>
    </div>
  );
}

function OriginalField(props: { value: string; inBounce: boolean; onChange: (v: string) => void }) {
  const id = useId();
  const { label, hint } = FIELD_LABELS.original;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {props.inBounce
          ? 'The bounce carries the original message, and the content check reads it. Paste another here only to check that one instead.'
          : hint}
      </p>
      <textarea
        id={id}
        rows={6}
        value={props.value}
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
