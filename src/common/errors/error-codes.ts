/**
 * Every error the API answers carries one of these codes, so a client can say it in the
 * user's language; `details` holds the parameters. The table is the one place a code gets
 * its HTTP status, and docs/errors.md lists the same codes (a test keeps them in step).
 */
export const ERROR_CODES = {
  // The request itself
  'request.invalid': 400,
  'request.body_unreadable': 400,
  'request.body_too_complex': 400,
  'request.body_too_large': 413,
  'request.unsupported_media_type': 415,
  'request.upload_invalid': 400,
  'request.method_not_allowed': 405,
  'route.not_found': 404,
  'record.conflict': 409,
  'record.in_use': 409,
  'record.reference_missing': 404,
  'server.unavailable': 503,
  'server.error': 500,

  // Signing in and permissions
  'auth.required': 401,
  'auth.session_invalid': 401,
  'auth.bad_credentials': 401,
  'auth.too_many_attempts': 429,
  'auth.role_forbidden': 403,
  'auth.other_school': 403,
  'auth.wrong_password': 400,

  // Directory
  'post_office.not_found': 404,
  'post_office.postcode_taken': 409,
  'post_office.in_use': 409,
  'post_office.archived': 409,
  'office_list.not_utf8': 400,
  'office_list.unreadable': 400,
  'office_list.missing_columns': 400,
  'office_list.bad_rows': 400,
  'school.not_found': 404,
  'school.in_use': 409,
  'staff.not_found': 404,
  'staff.login_taken': 409,
  'staff.placement_invalid': 400,
  'staff.role_not_grantable': 403,
  'staff.self_change': 409,
  'staff.own_password': 403,
  'class.not_found': 404,
  'class.exists': 409,
  'class.in_use': 409,
  'class.archived': 409,
  'student.not_found': 404,
  'student.inactive': 400,
  'student.duplicate': 409,
  'student.namesake': 409,
  'student.phone_not_allowed': 400,
  'student.channel_by_deputy': 409,
  'subject.not_found': 404,
  'subject.not_offered': 400,
  'roster.file_missing': 400,
  'roster.not_utf8': 400,
  'roster.unreadable': 400,
  'roster.empty': 400,
  'roster.too_many_rows': 400,
  'roster.missing_columns': 400,
  'roster.bad_rows': 400,
  'roster.target_invalid': 400,

  // Cases, dispatches, packets
  'case.not_found': 404,
  'case.in_use': 409,
  'case.archived': 409,
  'case.wrong_class': 400,
  'case.answer_lines_mismatch': 400,
  'case_image.not_found': 404,
  'case_image.file_missing': 404,
  'case_image.too_many': 409,
  'case_image.too_large': 413,
  'case_image.not_an_image': 415,
  'case_image.broken': 400,
  'case_image.too_many_pixels': 400,
  'case_image.too_small': 400,
  'dispatch.not_found': 404,
  'dispatch.return_date_invalid': 400,
  'dispatch.pupils_invalid': 400,
  'dispatch.already_sent': 409,
  'dispatch.not_cancellable': 409,
  'print_job.not_found': 404,

  // The academic deputy's timetable of packets
  'scheduled_packet.not_found': 404,
  'schedule.target_invalid': 400,
  'schedule.no_classes': 400,
  'schedule.dates_invalid': 400,
  'schedule.date_taken': 409,
  'schedule.released': 409,
  'schedule.not_your_case': 403,
  'schedule.case_added': 409,
  'schedule.case_not_in_packet': 404,
  'schedule.packet_full': 409,
  'schedule.packet_empty': 409,
  'schedule.over_norm': 409,
  'assignment.not_found': 404,
  'assignment.taken': 409,
  'assignment.teacher_inactive': 409,
  'print_job.not_ready': 409,
  'packet.not_found': 404,
  'packet.code_format': 400,
  'packet.code_check_digit': 400,
  'packet.illegal_transition': 409,
  'packet.by_hand': 409,
  'packet.by_post': 409,
  'packet.busy': 409,
  'packet.not_awaiting_work': 409,
  'packet.already_redispatched': 409,
  'packet.return_date_invalid': 400,
  'review.already_done': 409,
  'review.invalid': 400,
  'review.not_found': 404,
  'review.not_yours': 403,
  'review.feedback_printed': 409,
  's10.range_exhausted': 422,

  // Scans and collection
  'scan.event_not_yours': 403,
  'scan.wrong_office': 403,
  'scan.reason_required': 400,
  'scan.reason_unexpected': 400,
  'scan.time_invalid': 400,
  'scan.other_office': 400,
  'scan.not_on_duty': 403,
  'scan.not_carrier': 403,
  'scan.correction_invalid': 409,
  'duty.not_found': 404,
  'duty.dates_invalid': 400,
  'duty.overlaps': 409,
  'duty.office_not_covered': 400,
  'duty.round_forbidden': 403,
  'duty.round_time_invalid': 400,
  'duty.hand_over_not_carry': 400,
  'duty.bring_in_not_carry': 400,
  'duty.ended': 409,
  'duty.teacher_inactive': 409,
  'duty.same_teacher': 409,

  // Limits on expensive work
  'render.busy': 429,
  'render.superseded': 409,
  'print_job.too_many': 429,
  's10.daily_quota': 429,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Codes of warnings carried in successful answers (`warnings: [{ code, message, details }]`). */
export const WARNING_CODES = ['case.study_time_exceeded'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export const httpStatusOf = (code: ErrorCode): number => ERROR_CODES[code];

/** The generic code of a status when the framework, not our code, refused the request. */
export function codeOfStatus(status: number): ErrorCode {
  const generic: Record<number, ErrorCode> = {
    400: 'request.invalid',
    401: 'auth.required',
    403: 'auth.role_forbidden',
    404: 'route.not_found',
    405: 'request.method_not_allowed',
    413: 'request.body_too_large',
    415: 'request.unsupported_media_type',
    429: 'auth.too_many_attempts',
    503: 'server.unavailable',
  };
  return generic[status] ?? (status >= 500 ? 'server.error' : 'request.invalid');
}
