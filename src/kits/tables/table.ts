/**
 * A chart's table twin: the same numbers as display strings, for screen readers, copy-paste
 * and print. Each chart's builder file makes both from one list of values, so they cannot
 * disagree.
 */
export interface TableRow {
  /** The row's header cell (`<th scope="row">`). */
  header: string;
  /** One display string per column after the first. */
  cells: string[];
}

export interface TableTwin {
  /** Column headers (`<th scope="col">`), the row-header column first. */
  columns: string[];
  rows: TableRow[];
  /** Sentences that belong with the table but not in a cell (e.g. the scenario's own point). */
  notes: string[];
}
