// One talk's state, shared by the audience window (/present) and the speaker window
// (/present/speaker): the deck, the current slide, the black screen and when the talk started.
// Every change goes to the other window (sync.ts) and into the address (?deck=…&slide=N), so a
// reload, or a window opened late, lands on the same slide. A slide's title and definition come
// from the concept list at once; its full content (the demo's settings, the presenter's points)
// is one chunk per concept, loaded for the current and the next slide (`load`), so opening a talk
// does not fetch every concept's text.
import { SvelteMap } from 'svelte/reactivity';
import type { Concept } from '$lib/concepts/schema';
import { loadConcept, summaryOf, type ConceptSummary } from '$lib/concepts/list';
import { deckFromParam, deckToParam, slideFromParam, slideParts, type Deck } from './deck';
import { move, type DeckAction } from './keys';
import { TalkSync, type ChannelLike, type TalkState } from './sync';
import { browserSignals } from '$lib/demos/whenNeeded';

export class Talk {
	deck = $state.raw<Deck>({ slides: [] });
	/** What was wrong with the deck link, if anything. */
	problem = $state<string | undefined>(undefined);
	/** When this window claimed its deck; 0 when it follows another window's (sync.ts). */
	deckAt = 0;
	slide = $state(0);
	black = $state(false);
	startedAt = $state<number | null>(null);
	/** The other window answered at least once. */
	connected = $state(false);

	private parts = $derived(slideParts(this.deck.slides[this.slide] ?? '')!);
	/** The concept list's entry for this slide: its title and definition. */
	concept: ConceptSummary = $derived(summaryOf(this.parts.slug)!);
	/** Full contents loaded so far, by slug. */
	private contents = new SvelteMap<string, Concept>();
	/** This slide's full content, once loaded (`load`). */
	content: Concept | undefined = $derived(this.contents.get(this.parts.slug));
	/** Why this slide's content could not be loaded, by slug; it is asked again on the next visit. */
	private failures = new SvelteMap<string, string>();
	/** The message for this slide when its content could not be loaded. */
	failed: string | undefined = $derived(this.failures.get(this.parts.slug));
	private readonly loader: (slug: string) => Promise<Concept | undefined>;
	private readonly idle: (task: () => void) => void;
	/** Set when the slide shows one experiment of the page only. */
	experiment: number | undefined = $derived(this.parts.experiment);
	/** The concept's explain slide (definition and diagram) instead of its demo. */
	explain: boolean = $derived(!!this.parts.explain);
	next: ConceptSummary | undefined = $derived(
		summaryOf(slideParts(this.deck.slides[this.slide + 1] ?? '')?.slug ?? '')
	);
	private sync: TalkSync | undefined;

	/**
	 * `claim`: this window opened a deck link (or "Present this deck"), so its deck is the talk's
	 * from now on; a speaker window never claims, so it never pushes an older deck.
	 */
	constructor(
		params: URLSearchParams,
		private readonly onChange: (state: TalkState) => void = () => {},
		{
			claim = false,
			channel,
			loader = loadConcept,
			idle = browserSignals.idle
		}: {
			claim?: boolean;
			channel?: () => ChannelLike | undefined;
			/** Where a concept's content comes from (a test passes one that fails). */
			loader?: (slug: string) => Promise<Concept | undefined>;
			/** Runs a task in the browser's idle time (a test runs it at once). */
			idle?: (task: () => void) => void;
		} = {}
	) {
		this.loader = loader;
		this.idle = idle;
		const { deck, problem } = deckFromParam(params.get('deck'));
		this.deck = deck;
		if (claim && params.get('deck')?.trim()) this.deckAt = Date.now();
		this.problem = problem;
		this.slide = slideFromParam(params.get('slide'), deck);
		this.sync = new TalkSync(
			() => this.state(),
			(s) => this.apply(s),
			channel
		);
	}

	state(): TalkState {
		return {
			slide: this.slide,
			black: this.black,
			deck: deckToParam(this.deck),
			deckAt: this.deckAt,
			startedAt: this.startedAt
		};
	}

	private changed() {
		const state = this.state();
		this.sync?.send(state);
		this.onChange(state);
	}

	/** A move from this window (keys, buttons). The clock starts with the first move. */
	act(action: DeckAction): void {
		if (action === 'black') {
			this.black = !this.black;
			return this.changed();
		}
		const to = move(action, this.slide, this.deck.slides.length);
		if (to === this.slide) return;
		this.slide = to;
		this.startedAt ??= Date.now();
		this.changed();
	}

	startClock(at: number | null = Date.now()): void {
		this.startedAt = at;
		this.changed();
	}

	/** A state from another window, whose deck is the same or the later claim (sync.ts). */
	private apply(s: TalkState): void {
		this.connected = true;
		const { deck } = deckFromParam(s.deck);
		if (deckToParam(deck) !== deckToParam(this.deck)) {
			this.deck = deck;
			this.problem = undefined;
		}
		this.deckAt = Math.max(this.deckAt, s.deckAt);
		this.slide = Math.min(Math.max(0, s.slide), this.deck.slides.length - 1);
		this.black = s.black;
		this.startedAt = s.startedAt;
		this.onChange(this.state());
	}

	/**
	 * Loads the current slide's concept, then, in the browser's idle time, the next one's, so a
	 * clicker's next press finds it ready. Each is its own small chunk, precached for offline use;
	 * a window calls this whenever the slide or the deck changes. The next one waits for idle
	 * time because the first view does not show it (2.4 KB of the 99 KB /present fetched first).
	 */
	async load(): Promise<void> {
		await this.loadOne(this.concept.slug);
		const next = this.next?.slug;
		if (!next || this.contents.has(next)) return;
		await new Promise<void>((resolve) => this.idle(resolve));
		await this.loadOne(next);
	}

	private async loadOne(slug: string): Promise<void> {
		if (this.contents.has(slug)) return;
		try {
			const content = await this.loader(slug);
			if (content) this.contents.set(slug, content);
			this.failures.delete(slug);
		} catch (e) {
			// A chunk that does not arrive (offline before the app was ever installed, a deploy
			// that replaced it): the slide says so instead of staying empty.
			this.failures.set(
				slug,
				`This slide's demo could not be loaded (${e instanceof Error ? e.message : String(e)}). Check the connection, or open /check before the talk so the app is ready offline.`
			);
		}
	}

	close(): void {
		this.sync?.close();
	}
}
