// Section of the StatusModel for the catalog evidence kind; filled in by its issue.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CatalogSection {}
