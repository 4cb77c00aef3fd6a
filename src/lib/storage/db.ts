// The app's own IndexedDB database (WebLLM's model caches are separate databases, see models/).
// Each schema version has one migration; opening an older database runs the missing ones in order.
import {
	openDB,
	type DBSchema,
	type IDBPDatabase,
	type IDBPTransaction,
	type StoreNames
} from 'idb';
import { StorageError, storageErrorCode } from './errors';

export const DB_NAME = 'genai-live';

/** A model the user added by URL ("bring your own model"). */
export interface CustomModelRecord {
	id: string;
	modelUrl: string;
	modelLibUrl: string;
	addedAt: number;
	/** 'embedding' for a model that turns text into vectors (retrieval); absent for a chat model. */
	kind?: 'chat' | 'embedding';
}

/** One message of a saved conversation. */
export interface StoredTurn {
	/**
	 * Stable per turn, so two tabs' saves merge instead of overwriting (conversations/merge.ts).
	 * Records saved before turns had ids get `<conversation id>#<index>` when read.
	 */
	id?: string;
	role: 'system' | 'user' | 'assistant';
	content: string;
	engineLabel?: string;
	/** The reply was still streaming when it was last saved (reload, crash, closed tab). */
	interrupted?: boolean;
	stats?: { completionTokens: number; decodeTokensPerSecond: number; timeToFirstTokenMs: number };
}

export interface ConversationRecord {
	id: string;
	title: string;
	createdAt: number;
	updatedAt: number;
	system: string;
	turns: StoredTurn[];
	/** Ids of turns removed on purpose (a regenerated reply): another tab's copy cannot restore them. */
	removedTurns?: string[];
}

export interface AppSchema extends DBSchema {
	/** Small key-value settings (theme, ...); keys are out of line. */
	settings: { key: string; value: unknown };
	customModels: { key: string; value: CustomModelRecord };
	conversations: { key: string; value: ConversationRecord; indexes: { updatedAt: number } };
	/** A lab's saved state (the sampling lab's branch tree), by lab, page and engine; checked on read. */
	labs: { key: string; value: unknown };
	/** Talk decks saved on this device, by name. */
	decks: { key: string; value: { name: string; slides: string[]; savedAt: number } };
	/**
	 * The concept chunks as vectors (the RAG lab's hybrid search), by [model id, fingerprint of
	 * the texts embedded]: edited content gets a new key, and the lab deletes the model's others.
	 */
	embeddings: { key: [string, string]; value: StoredVectors };
}

/** One embedding model's vectors of every concept chunk, one after the other. */
export interface StoredVectors {
	model: string;
	fingerprint: string;
	count: number;
	dimensions: number;
	vectors: Float32Array;
	savedAt: number;
}

type UpgradeTx = IDBPTransaction<AppSchema, StoreNames<AppSchema>[], 'versionchange'>;

/** migrations[i] upgrades a database from version i to version i + 1. */
const migrations: ((db: IDBPDatabase<AppSchema>, tx: UpgradeTx) => void)[] = [
	(db) => {
		db.createObjectStore('settings');
	},
	(db) => {
		db.createObjectStore('customModels', { keyPath: 'id' });
	},
	(db) => {
		db.createObjectStore('conversations', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
	},
	(db) => {
		db.createObjectStore('labs');
	},
	(db) => {
		db.createObjectStore('decks', { keyPath: 'name' });
	},
	(db) => {
		db.createObjectStore('embeddings');
	}
];

export const DB_VERSION = migrations.length;

export type AppDb = IDBPDatabase<AppSchema>;

export function openAppDb(): Promise<AppDb> {
	return openDB<AppSchema>(DB_NAME, DB_VERSION, {
		upgrade(db, oldVersion, _newVersion, tx) {
			for (let v = oldVersion; v < DB_VERSION; v++) migrations[v]!(db, tx);
		},
		blocking() {
			// Another tab opened a newer version: let it upgrade instead of blocking it.
			void dbPromise?.then((db) => db.close());
			dbPromise = undefined;
		},
		terminated() {
			// The browser closed the connection (site data cleared): the next call opens again.
			dbPromise = undefined;
		}
	});
}

let dbPromise: Promise<AppDb> | undefined;

/**
 * The page's shared connection, opened on first use. A failed open rejects with a StorageError
 * ('unavailable', or 'newer-version') and is not cached, so a later call tries again.
 */
export function appDb(): Promise<AppDb> {
	// async: without `indexedDB` at all, openDB throws at once instead of rejecting.
	dbPromise ??= (async () => openAppDb())().catch((e: unknown) => {
		dbPromise = undefined;
		throw new StorageError(
			storageErrorCode(e) === 'newer-version' ? 'newer-version' : 'unavailable',
			e
		);
	});
	return dbPromise;
}
