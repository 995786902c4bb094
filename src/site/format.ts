// Number formatting shared by the pages.

const integer = new Intl.NumberFormat('en');

export const formatNumber = (value: number) => integer.format(value);

/** 2048350 → "2.0 MB", 9123 → "8.9 KB"; binary units, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
