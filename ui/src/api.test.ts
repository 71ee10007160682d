import { describe, expect, it } from 'vitest';
import { ApiError } from './api';

describe('ApiError.from', () => {
  it('keeps the code and message of a command error', () => {
    const e = ApiError.from({ code: 'unknown_page', message: 'no page `x`' });
    expect([e.code, e.message]).toEqual(['unknown_page', 'no page `x`']);
  });

  it('turns anything else into an internal error', () => {
    expect(ApiError.from('Command not allowed').code).toBe('internal');
    expect(ApiError.from({ code: 5 }).code).toBe('internal');
    expect(ApiError.from(undefined).message).toBe('undefined');
  });
});
