import { OPS } from '../../../src/core/pipeline/types.js';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import { withNewStep, withStep } from '../spec-edit.js';
import type { JsonSchema, MethodInfo, ResultView, SpecDocument, StepDocument } from '../worker/protocol.js';

interface Props {
  spec: SpecDocument;
  view: ResultView | null;
  methods: MethodInfo[];
  lang: Lang;
  s: Strings;
  onChange: (spec: SpecDocument) => void;
}

/** Each step's method and parameters, as menus and inputs generated from the method registry. */
export function MethodMenus({ spec, view, methods, lang, s, onChange }: Props) {
  const ops = OPS.filter((op) => methods.some((m) => m.op === op));
  return (
    <section class="methods" aria-labelledby="methods-title">
      <h3 id="methods-title">{s.steps}</h3>
      <ol class="steps">
        {spec.steps.map((step, index) => {
          const choices = methods.filter((m) => m.op === step.op);
          const resolved = view?.steps[index]?.op === step.op ? view.steps[index] : null;
          const current = step.method ?? resolved?.method ?? choices[0]?.method;
          const info = choices.find((m) => m.method === current);
          const params = { ...(resolved?.method === current ? resolved.params : {}), ...(step.params ?? {}) };
          const selectId = `method-${index}`;
          return (
            <li class="step" key={`${index}-${step.op}`}>
              <div class="step-head">
                <span class="step-op">{s.ops[step.op] ?? step.op}</span>
                <label for={selectId} class="visually-hidden">
                  {s.method} {s.ops[step.op] ?? step.op}
                </label>
                <select
                  id={selectId}
                  value={current}
                  onChange={(e) => onChange(withStep(spec, index, { ...(step.id ? { id: step.id } : {}), op: step.op, method: (e.target as HTMLSelectElement).value }))}
                >
                  {choices.map((m) => (
                    <option key={m.method} value={m.method}>
                      {nameIn(m.title, lang)} ({m.method})
                    </option>
                  ))}
                </select>
                <button type="button" class="link" onClick={() => onChange(withStep(spec, index, null))}>
                  {s.removeStep}
                </button>
              </div>
              {info && <p class="hint">{nameIn(info.summary, lang)}</p>}
              {info && (
                <ParamsForm
                  schema={info.schema}
                  values={params}
                  idPrefix={`p-${index}`}
                  onChange={(key, value) => onChange(withStep(spec, index, withParam(step, current!, key, value)))}
                />
              )}
            </li>
          );
        })}
      </ol>
      <label for="add-step">{s.addStep}</label>{' '}
      <select
        id="add-step"
        value=""
        onChange={(e) => {
          const op = (e.target as HTMLSelectElement).value;
          const first = methods.find((m) => m.op === op);
          if (first) onChange(withNewStep(spec, op, OPS, first.method));
        }}
      >
        <option value="">—</option>
        {ops.map((op) => (
          <option key={op} value={op}>
            {s.ops[op] ?? op}
          </option>
        ))}
      </select>
    </section>
  );
}

function withParam(step: StepDocument, method: string, key: string, value: unknown): StepDocument {
  const params = { ...(step.params ?? {}) };
  if (value === undefined) delete params[key];
  else params[key] = value;
  return { ...(step.id ? { id: step.id } : {}), op: step.op, method, ...(Object.keys(params).length ? { params } : {}) };
}

interface FormProps {
  schema: JsonSchema;
  values: Record<string, unknown>;
  idPrefix: string;
  onChange: (key: string, value: unknown) => void;
}

/** Inputs from a JSON Schema: booleans → checkbox, enums → select, numbers → number, pairs → two numbers, else JSON text. */
function ParamsForm({ schema, values, idPrefix, onChange }: FormProps) {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return null;
  return (
    <div class="params">
      {properties.map(([key, prop]) => {
        const id = `${idPrefix}-${key}`;
        const value = values[key] ?? prop.default;
        return (
          <div class="param" key={key}>
            <label for={id}>{key}</label>
            <ParamInput id={id} schema={prop} value={value} onChange={(v) => onChange(key, v)} />
          </div>
        );
      })}
    </div>
  );
}

function ParamInput({ id, schema, value, onChange }: { id: string; schema: JsonSchema; value: unknown; onChange: (v: unknown) => void }) {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum) {
    return (
      <select id={id} value={String(value ?? '')} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {value === undefined && <option value="">—</option>}
        {schema.enum.map((v) => (
          <option key={String(v)} value={String(v)}>
            {String(v)}
          </option>
        ))}
      </select>
    );
  }
  if (type === 'boolean') return <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />;
  if (type === 'number' || type === 'integer') {
    return (
      <input
        id={id}
        type="number"
        step={type === 'integer' ? 1 : 'any'}
        value={typeof value === 'number' ? value : ''}
        onChange={(e) => {
          const text = (e.target as HTMLInputElement).value;
          onChange(text === '' ? undefined : Number(text));
        }}
      />
    );
  }
  if (type === 'array' && schema.prefixItems?.length === 2 && schema.prefixItems.every((p) => p.type === 'number')) {
    const pair = Array.isArray(value) ? (value as number[]) : [NaN, NaN];
    return (
      <span class="pair">
        {[0, 1].map((k) => (
          <input
            key={k}
            id={k === 0 ? id : `${id}-1`}
            aria-label={`${id} ${k + 1}`}
            type="number"
            step="any"
            value={Number.isFinite(pair[k]) ? pair[k] : ''}
            onChange={(e) => {
              const next = pair.slice();
              next[k] = Number((e.target as HTMLInputElement).value);
              onChange(next);
            }}
          />
        ))}
      </span>
    );
  }
  if (type === 'string') return <input id={id} type="text" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange((e.target as HTMLInputElement).value || undefined)} />;
  return (
    <input
      id={id}
      type="text"
      class="json"
      value={value === undefined ? '' : JSON.stringify(value)}
      onChange={(e) => {
        const text = (e.target as HTMLInputElement).value.trim();
        if (text === '') return onChange(undefined);
        try {
          onChange(JSON.parse(text));
        } catch {
          (e.target as HTMLInputElement).setCustomValidity('JSON');
        }
      }}
    />
  );
}
