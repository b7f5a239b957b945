import styles from "@/app/_components/json-view.module.css";

/** JSON as indented, scrollable text: configurations and evidence are read, not edited. */
export function JsonView({ value, label }: { value: unknown; label: string }) {
  const text = value === undefined ? "(none)" : JSON.stringify(value, null, 2);
  return (
    <pre className={styles.json} aria-label={label} tabIndex={0}>
      <code>{text}</code>
    </pre>
  );
}
