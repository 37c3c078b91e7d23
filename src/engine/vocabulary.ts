/**
 * Constants the schemas and the zod-free computations share. Here rather than in schema.ts so
 * that the workers' side (compute.ts and what it reaches) can use them without loading zod.
 */

/** The scenario format's version; bump it and add a migration when the shape changes. */
export const SCENARIO_SCHEMA_VERSION = 2;

/** Every reform lever, in the order the lab lists them; the schema checks it names them all. */
export const LEVER_KEYS = [
  'controlCap',
  'iso27001CreditShare',
  'inheritanceAllowed',
  'duplicateAuditExempt',
  'auditFirms',
  'rotationYears',
  'monthsToListing',
  'saasTrack',
  'liuAcceptedShare',
  'managementRotationYears',
  'multiCloudAllowed',
] as const;
