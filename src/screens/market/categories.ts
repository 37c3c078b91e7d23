/** Every category when a mandate `appliesTo` this, else the one named. */
export const ALL_CATEGORIES = 'all';
