// Section of the StatusModel for the incidents evidence kind; filled in by its issue.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface IncidentsSection {}
