import type { ChangedResource, ChangeSet } from "@/lib/changes/change-set";
import type { FieldChange } from "@/lib/changes/diff-configuration";

const show = (value: unknown) => (value === undefined ? "" : JSON.stringify(value).slice(0, 300));

function FieldList({ fields }: { fields: FieldChange[] }) {
  return (
    <ul style={{ margin: 0, paddingLeft: "1.1rem" }}>
      {fields.slice(0, 20).map((field) => (
        <li key={field.path} className="mono">
          {field.path}: {field.kind === "added" ? `added ${show(field.after)}` : field.kind === "removed" ? `removed (was ${show(field.before)})` : `${show(field.before)} → ${show(field.after)}`}
        </li>
      ))}
      {fields.length > 20 ? <li className="muted">and {fields.length - 20} more fields</li> : null}
    </ul>
  );
}

function ResourceRows({ label, resources }: { label: string; resources: (ChangedResource & { fields?: FieldChange[] })[] }) {
  return resources.map((resource) => (
    <tr key={`${label}:${resource.id}`}>
      <td>{label}</td>
      <td>{resource.name}<br /><span className="muted">{resource.type} · {resource.region}</span></td>
      <td>{resource.fields ? <FieldList fields={resource.fields} /> : <span className="mono">{resource.arn}</span>}</td>
    </tr>
  ));
}

export function ResourceChanges({ resources }: { resources: ChangeSet["resources"] }) {
  if (resources.added.length + resources.removed.length + resources.changed.length === 0) return <p className="muted">No resource changed.</p>;
  return (
    <table className="data">
      <caption style={{ textAlign: "left", fontWeight: 600, padding: "0.4rem 0" }}>
        Resources: {resources.added.length} added, {resources.removed.length} removed, {resources.changed.length} changed
      </caption>
      <thead>
        <tr><th>Change</th><th>Resource</th><th>What changed</th></tr>
      </thead>
      <tbody>
        <ResourceRows label="Added" resources={resources.added} />
        <ResourceRows label="Removed" resources={resources.removed} />
        <ResourceRows label="Changed" resources={resources.changed} />
      </tbody>
    </table>
  );
}
