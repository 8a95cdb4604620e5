/**
 * Disjoint sets over string keys, with path halving; the root of a set is its first-added member. Keys are
 * numbered in order of addition and the forest is an array of numbers, so a large set costs one map entry
 * per key.
 */
export class UnionFind {
  private readonly index = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly parent: number[] = [];

  add(x: string): void {
    this.indexOf(x);
  }

  find(x: string): string {
    return this.keys[this.root(this.indexOf(x))] as string;
  }

  union(a: string, b: string): void {
    const ra = this.root(this.indexOf(a));
    const rb = this.root(this.indexOf(b));
    if (ra === rb) return;
    // the earlier-added root stays root, so a set's representative does not depend on the order of unions
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  /** The sets, each in order of addition, in order of their first member. */
  groups(): string[][] {
    const byRoot = new Map<number, string[]>();
    for (let i = 0; i < this.keys.length; i++) {
      const r = this.root(i);
      const g = byRoot.get(r);
      if (g) g.push(this.keys[i] as string);
      else byRoot.set(r, [this.keys[i] as string]);
    }
    return [...byRoot.values()];
  }

  private indexOf(x: string): number {
    let i = this.index.get(x);
    if (i === undefined) {
      i = this.keys.length;
      this.index.set(x, i);
      this.keys.push(x);
      this.parent.push(i);
    }
    return i;
  }

  private root(i: number): number {
    let r = i;
    for (let p = this.parent[r] as number; p !== r; p = this.parent[r] as number) {
      const gp = this.parent[p] as number;
      this.parent[r] = gp;
      r = gp;
    }
    return r;
  }
}
