/** Disjoint sets over string keys, with path halving; the root of a set is its first-added member. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly order = new Map<string, number>();

  add(x: string): void {
    if (!this.parent.has(x)) {
      this.parent.set(x, x);
      this.order.set(x, this.order.size);
    }
  }

  find(x: string): string {
    this.add(x);
    let r = x;
    for (let p = this.parent.get(r) as string; p !== r; p = this.parent.get(r) as string) {
      const gp = this.parent.get(p) as string;
      this.parent.set(r, gp);
      r = gp;
    }
    return r;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // the earlier-added root stays root, so a set's representative does not depend on the order of unions
    if ((this.order.get(ra) ?? 0) <= (this.order.get(rb) ?? 0)) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  /** The sets, each in order of addition, in order of their first member. */
  groups(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const x of this.parent.keys()) {
      const r = this.find(x);
      const g = byRoot.get(r);
      if (g) g.push(x);
      else byRoot.set(r, [x]);
    }
    return [...byRoot.values()];
  }
}
