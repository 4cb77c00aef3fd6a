// One app-wide line for storage problems that have no place of their own on the page: settings
// (the theme, the engine choice) are saved from the header on every page, and a silent failure
// would make them reset at the next visit with no word why. Each cause shows once per visit:
// dismissing it keeps the same cause from coming back on every click of the theme toggle.
import type { StorageErrorCode, StorageProblem } from './errors';

class StorageNotice {
	problem = $state.raw<StorageProblem | null>(null);
	private dismissed = new Set<StorageErrorCode>();

	report(problem: StorageProblem) {
		if (!this.dismissed.has(problem.code)) this.problem = problem;
	}

	dismiss() {
		if (this.problem) this.dismissed.add(this.problem.code);
		this.problem = null;
	}
}

export const storageNotice = new StorageNotice();
