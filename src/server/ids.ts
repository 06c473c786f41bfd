import { v7 } from 'uuid';

/** A new record id: UUIDv7, time-ordered so that new rows append to the primary-key index. */
export const newId = (): string => v7();
