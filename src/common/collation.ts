/**
 * Names and class letters sort in Kazakh alphabetical order (А Ә Б ... Ұ Ү ... Я), which the
 * byte order of the database's default collation does not give. PostgreSQL's ICU collation
 * does; it covers Russian and Kyrgyz names as well.
 */
export const KAZAKH_ORDER = 'COLLATE "kk-x-icu"';
