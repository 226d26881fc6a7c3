export const DELIVERY_MODES = ['pickup', 'door'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
