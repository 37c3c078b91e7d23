import type { Scenario } from '../../../src/engine/schema.ts';

/**
 * A small scenario whose every number is worked out by hand in model.test.ts. Every pipeline
 * step is active, the cap binds, listing falls mid-year, the vendor withdraws after year 3 and
 * contracts of 2.5 years run out after it.
 */
export function handScenario(): Scenario {
  return {
    schemaVersion: 2,
    id: 'hand',
    title: { ja: '手計算の例', en: 'Worked by hand' },
    vendor: {
      serviceModel: 'SaaS',
      iso27001: true,
      iso27017: false,
      soc2: false,
      hostedOnListedPlatform: true,
      listedServicesCount: 1,
    },
    track: 'ismap',
    controls: {
      baseline: 1000,
      notApplicableShare: 0.2,
      inheritableShare: 0.25,
      inheritanceAllowed: true,
      alreadyAuditedShare: 0.1,
      duplicateAuditExempt: true,
      iso27001OverlapShare: 0.9,
      iso27001CreditShare: 0.5,
      cap: 250,
      rotationYears: 2,
      mergedEffortKeptShare: 0,
      ismsYenPerYear: 0,
    },
    audit: {
      fixedFeeYen: 2_000_000,
      feePerControlYen: 20_000,
      firms: 10,
      priceElasticity: 1,
      managementShare: 0,
      managementRotationYears: 1,
      engagementFeeShare: 1,
      auditedShare: 1,
    },
    staff: {
      fteFirstYear: 2,
      fteLaterYears: 1,
      costPerFteYenPerYear: 10_000_000,
      controlDrivenShare: 1,
      referenceControls: 500,
    },
    operations: {
      costPerControlYenPerYear: 4_000,
      oneOffYen: 3_000_000,
      singleCloudRule: false,
      singleCloudMigrationYen: 0,
      singleCloudPremiumYenPerYear: 0,
      iso27017YenPerYear: 0,
    },
    timeline: {
      startFiscalYear: 2026,
      horizonYears: 4,
      discountRatePerYear: 0.1,
      monthsToListing: 18,
      withdrawalYear: 3,
      keepsIso27017AfterWithdrawal: false,
    },
    revenue: {
      segments: [
        {
          name: { ja: '自治体', en: 'Municipal' },
          opportunitiesPerYear: 20,
          requiresIsmapShare: 0.25,
          requiresLiuShare: 0,
          requiresIso27017Share: 0,
          winRateWith: 0.4,
          winRateWithIso27017: 0.4,
          winRateWithout: 0.2,
          contractValueYenPerYear: 3_000_000,
          contractYears: 2.5,
          grossMarginShare: 0.8,
          prospectShare: 0,
          existingRevenueYenPerYear: 0,
          retenderSharePerYear: 0,
          market: null,
        },
      ],
    },
  };
}
