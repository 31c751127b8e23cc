// A fake Web Storage shared by several "tabs", with storage events queued until flush(), as a
// browser delivers them later and only to the other tabs.
import { webStorage, type WebStorageLike } from '../../../src/lib/state/storage.ts';

type Handler = (e: { key: string | null; newValue: string | null; storageArea?: unknown }) => void;

export class FakeBrowser {
	data = new Map<string, string>();
	/** total characters the "quota" allows; undefined = unlimited */
	quota: number | undefined;
	/** when true, touching storage throws SecurityError (blocked site data) */
	blocked = false;
	queue: (() => void)[] = [];
	tabs: FakeTab[] = [];

	used(): number {
		let n = 0;
		for (const [k, v] of this.data) n += k.length + v.length;
		return n;
	}

	tab(): FakeTab {
		const t = new FakeTab(this);
		this.tabs.push(t);
		return t;
	}

	flush(): void {
		while (this.queue.length) this.queue.shift()?.();
	}
}

class FakeTab {
	handlers = new Set<Handler>();
	area: WebStorageLike;
	constructor(private browser: FakeBrowser) {
		const b = browser;
		this.area = {
			getItem: (k) => b.data.get(k) ?? null,
			setItem: (k, v) => {
				const old = b.data.get(k);
				const size =
					b.used() - (old === undefined ? 0 : k.length + old.length) + k.length + v.length;
				if (b.quota !== undefined && size > b.quota) {
					throw Object.assign(new Error('quota'), { name: 'QuotaExceededError', code: 22 });
				}
				b.data.set(k, v);
				for (const other of b.tabs) {
					if (other === this) continue;
					for (const h of other.handlers)
						b.queue.push(() => h({ key: k, newValue: v, storageArea: other.area }));
				}
			},
			removeItem: (k) => {
				b.data.delete(k);
			},
			get length() {
				return b.data.size;
			},
			key: (i) => [...b.data.keys()][i] ?? null
		};
	}

	storage() {
		return webStorage(
			() => {
				if (this.browser.blocked)
					throw Object.assign(new Error('denied'), { name: 'SecurityError' });
				return this.area;
			},
			{
				addEventListener: (_t, f) => this.handlers.add(f),
				removeEventListener: (_t, f) => this.handlers.delete(f)
			}
		);
	}
}
