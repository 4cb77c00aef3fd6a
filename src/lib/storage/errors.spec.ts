import { describe, expect, it } from 'vitest';
import { StorageError, describeStorageError, storageErrorCode } from './errors';

const dom = (name: string, message = 'x') => new DOMException(message, name);

describe('storage errors', () => {
	it('classifies what IndexedDB throws', () => {
		expect(storageErrorCode(dom('QuotaExceededError'))).toBe('quota');
		expect(storageErrorCode(dom('VersionError'))).toBe('newer-version');
		expect(storageErrorCode(dom('InvalidStateError'))).toBe('closed');
		expect(storageErrorCode(dom('SecurityError'))).toBe('unavailable');
		expect(storageErrorCode(new TypeError('boom'))).toBe('unknown');
		expect(storageErrorCode('a string')).toBe('unknown');
		expect(storageErrorCode(null)).toBe('unknown');
		// Opening tags its failures, whatever the browser called them.
		expect(storageErrorCode(new StorageError('unavailable', dom('UnknownError')))).toBe(
			'unavailable'
		);
	});

	it('gives one message per code, with what failed first and a next step', () => {
		const full = describeStorageError('save-conversation', dom('QuotaExceededError', 'full'));
		expect(full).toEqual({
			code: 'quota',
			message: expect.stringMatching(
				/^The conversation could not be saved: the storage this site may use is full\. Delete/
			),
			detail: 'QuotaExceededError: full'
		});
		const closed = new StorageError('unavailable', dom('SecurityError', 'denied'));
		expect(describeStorageError('import', closed)).toMatchObject({
			message: expect.stringMatching(/^Nothing was imported: this browser does not let the app/),
			detail: 'SecurityError: denied'
		});
		// The same cause reads the same after any action.
		const tail = (m: string) => m.slice(m.indexOf(': ') + 2);
		expect(tail(describeStorageError('read-settings', closed).message)).toBe(
			tail(describeStorageError('import', closed).message)
		);
	});
});
