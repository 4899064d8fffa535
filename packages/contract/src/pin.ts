/** A PIN is exactly four digits. */
export const PIN_PATTERN = /^\d{4}$/;

export const isPinFormat = (pin: string): boolean => PIN_PATTERN.test(pin);
