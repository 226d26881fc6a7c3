/** How postcodes and phones are stored (and shown in answers). */
export const CANONICAL_POSTCODE = /^(\d{6}|[A-Z]\d{2}[A-Z]\d[A-Z]\d)$/;
export const CANONICAL_PHONE = /^\+\d{10,15}$/;
