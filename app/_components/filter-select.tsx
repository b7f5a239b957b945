/** A select for one URL filter. A multi-value filter from a hand-written URL stays selectable as one option. */
export function FilterSelect({
  name, label, value, options, anyLabel,
}: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  anyLabel: string;
}) {
  const known = value === "" || options.some((option) => option.value === value);
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
        {known ? null : <option value={value}>{value}</option>}
      </select>
    </label>
  );
}
