/**
 * The sending services on the sender step, one row each. The first is the service this message
 * went out through, pre-filled when the bounce shows it; the person adds the others the domain
 * also sends through, so that the one SPF record the checklist offers covers them too
 * (report/spf-record.ts). All rows are the one "esp" value (engine/sender/services.ts), so share
 * links and saved sessions keep them.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  FIELD_LABELS,
  OWN_SERVER,
  SENDING_SERVICES,
  choicesAt,
  serviceById,
  serviceIds,
  withServiceAdded,
  withServiceAt,
  withoutServiceAt,
  type Prefill,
} from '../../engine/index.ts';
import { serviceProvenance } from './provenance.ts';

/** Where focus goes once the rows have changed: a new row's select, or the Add button. */
type FocusTarget = { row: number } | 'add' | null;

/**
 * As many rows as there are choices: a value from a share link (decision 063) may hold any
 * number of ids, and the rows past these could only repeat one; the first edit drops them.
 */
const MAX_ROWS = SENDING_SERVICES.length + 1;

const labelOf = (row: number) =>
  row === 0 ? FIELD_LABELS.esp.label : `Another sending service (${row + 1})`;

export function ServiceRows(props: {
  value: string;
  prefill: Prefill;
  /** The value as the person set it; undefined while it is the pre-filled one. */
  typed: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const { onChange } = props;
  const ids = serviceIds(props.value).slice(0, MAX_ROWS);
  const value = ids.join(',');
  const selects = useRef(new Map<number, HTMLSelectElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<FocusTarget>(null);
  // After Add or Remove the element to focus shows only once the new value has rendered.
  useEffect(() => {
    if (focus === null) return;
    const target =
      focus === 'add'
        ? (addButton.current ?? selects.current.get(ids.length - 1))
        : selects.current.get(focus.row);
    if (!target) return;
    target.focus();
    setFocus(null);
  }, [focus, value, ids.length]);
  const canAdd = ids.length < MAX_ROWS && choicesAt(value, ids.length, SENDING_SERVICES).length > 0;

  return (
    <div className="service-rows">
      {ids.map((serviceId, row) => {
        const rowId = `${id}-${row}`;
        const name = serviceId === OWN_SERVER.id ? OWN_SERVER.name : serviceById(serviceId)?.name;
        return (
          <div className="field" key={row}>
            <label htmlFor={rowId} className="field__label">
              {labelOf(row)}
            </label>
            {row === 0 ? (
              <p id={`${rowId}-hint`} className="hint">
                {FIELD_LABELS.esp.hint}
              </p>
            ) : null}
            <select
              id={rowId}
              ref={(element) => {
                if (element) selects.current.set(row, element);
                else selects.current.delete(row);
              }}
              value={serviceId}
              aria-describedby={row === 0 ? `${rowId}-hint ${rowId}-source` : `${rowId}-source`}
              onChange={(event) => onChange(withServiceAt(value, row, event.target.value))}
            >
              <option value="">{row === 0 ? 'I don’t know / none' : 'Choose a service'}</option>
              {choicesAt(value, row, SENDING_SERVICES).map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name}
                </option>
              ))}
              {/* One's own server is a choice for this message only: it has no include to add. */}
              {row === 0 ? <option value={OWN_SERVER.id}>{OWN_SERVER.name}</option> : null}
            </select>
            <p id={`${rowId}-source`} className="field__source">
              {serviceProvenance(props.prefill, props.typed, row)}
            </p>
            {row > 0 ? (
              <button
                type="button"
                className="button button--quiet service-rows__remove"
                onClick={() => {
                  onChange(withoutServiceAt(value, row));
                  setFocus('add');
                }}
              >
                Remove {name ?? labelOf(row).toLowerCase()}
              </button>
            ) : null}
          </div>
        );
      })}
      {canAdd ? (
        <div className="field">
          <p id={`${id}-more`} className="hint">
            Does your domain also send through other services, such as staff mailboxes or a
            newsletter tool? Add them, so that any SPF record the checklist offers covers them too.
          </p>
          <button
            ref={addButton}
            type="button"
            className="button"
            aria-describedby={`${id}-more`}
            onClick={() => {
              onChange(withServiceAdded(value));
              setFocus({ row: ids.length });
            }}
          >
            Add another service
          </button>
        </div>
      ) : null}
    </div>
  );
}
