const MB = 1024 * 1024;

/** The largest JSON body and roster file accepted; the error messages quote the same figures. */
export const BODY_LIMITS = { jsonMb: 2, uploadMb: 10 } as const;

export const JSON_BODY_LIMIT_BYTES = BODY_LIMITS.jsonMb * MB;
export const UPLOAD_LIMIT_BYTES = BODY_LIMITS.uploadMb * MB;
