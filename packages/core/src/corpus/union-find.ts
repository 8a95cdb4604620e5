/**
 * Disjoint sets over string keys, with path halving; the root of a set is its first-added member. Keys are
 * numbered in order of addition and the forest is an array of numbers, so a large set costs one map entry
 * per key. Members that a caller numbers itself (the nodes of a list) cost no map entry at all: they are
 * numbered 0 to `size` - 1, before any key, and joined by number.
 */
export class UnionFind {
  private readonly index = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly parent: number[] = [];

  constructor(private readonly size = 0) {
    for (let i = 0; i < size; i++) this.parent.push(i);
  }

  add(x: string): void {
    this.memberOf(x);
  }

  /** The key of the root of `x`'s set; for sets of keys alone (a numbered member would be the root). */
  find(x: string): string {
    return this.keys[this.rootOf(this.memberOf(x)) - this.size] as string;
  }

  union(a: string, b: string): void {
    this.join(this.memberOf(a), this.memberOf(b));
  }

  /** The number of key `x`, which is added if new. */
  memberOf(x: string): number {
    let i = this.index.get(x);
    if (i === undefined) {
      i = this.parent.length;
      this.index.set(x, i);
      this.keys.push(x);
      this.parent.push(i);
    }
    return i;
  }

  /** Joins the sets of two members given by number. */
  join(a: number, b: number): void {
    const ra = this.rootOf(a);
    const rb = this.rootOf(b);
    if (ra === rb) return;
    // the earlier-added root stays root, so a set's representative does not depend on the order of unions
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  /** The sets of keys, each in order of addition, in order of their first member. */
  groups(): string[][] {
    const byRoot = new Map<number, string[]>();
    for (let k = 0; k < this.keys.length; k++) {
      const r = this.rootOf(this.size + k);
      const g = byRoot.get(r);
      if (g) g.push(this.keys[k] as string);
      else byRoot.set(r, [this.keys[k] as string]);
    }
    return [...byRoot.values()];
  }

  /** The number of the root of member `i`'s set. */
  rootOf(i: number): number {
    let r = i;
    for (let p = this.parent[r] as number; p !== r; p = this.parent[r] as number) {
      const gp = this.parent[p] as number;
      this.parent[r] = gp;
      r = gp;
    }
    return r;
  }
}
