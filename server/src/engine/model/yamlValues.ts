import { isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';

/** Deeper than any front matter a person writes; the limit keeps conversion and everything after it cheap. */
export const MAX_YAML_NESTING = 64;
/**
 * Values an alias may bring in, over the whole front matter. Aliases copy a value without
 * copying its text, so a few lines can stand for billions of values (an "alias bomb").
 */
export const MAX_ALIASED_VALUES = 10_000;

/** Why a top-level value could not be read safely. */
export type UnreadableReason = 'nesting' | 'aliases' | 'alias-cycle';

export type ConvertedValue = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: UnreadableReason };

const LEAF_NULL: Converted = { value: null, size: 1, height: 0 };

class Unreadable extends Error {
  constructor(readonly reason: UnreadableReason) {
    super(reason);
  }
}

interface Converted {
  readonly value: unknown;
  /** Values this node stands for once its aliases are expanded. */
  readonly size: number;
  /** Levels of nesting below this node, aliases expanded. */
  readonly height: number;
}

/**
 * Turns parsed YAML into plain values in time linear in the YAML: each node is converted once
 * and an alias shares its anchor's value. The library's own `toJS` re-serialises a collection
 * used as a mapping key at every level, which grows super-linearly with nesting; here a
 * collection key is its source text. One converter serves a whole document, so the alias
 * budget is shared by its values and an anchor is converted once however often it is used.
 */
export class YamlValueConverter {
  private readonly done = new Map<YamlNode, Converted>();
  private readonly inProgress = new Set<YamlNode>();
  private aliasedValues = 0;
  /** Keys that repeat one before them in the same mapping, in the order they were met. */
  readonly duplicateKeys: YamlNode[] = [];

  constructor(
    private readonly source: string,
    private readonly resolveAlias: (alias: YamlNode) => YamlNode | undefined,
  ) {}

  /** One top-level value; a failure spends none of the alias budget, so later values still read. */
  convert(node: YamlNode | null | undefined): ConvertedValue {
    const budget = this.aliasedValues;
    try {
      return { ok: true, value: this.node(node, 0).value };
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      this.aliasedValues = budget;
      this.inProgress.clear();
      return { ok: false, reason: error.reason };
    }
  }

  private node(node: YamlNode | Pair | null | undefined, depth: number): Converted {
    if (node === null || node === undefined) return LEAF_NULL;
    if (depth > MAX_YAML_NESTING) throw new Unreadable('nesting');
    if (isScalar(node)) return { value: node.value, size: 1, height: 0 };
    if (isAlias(node)) return this.alias(node, depth);
    if (isPair(node)) return this.pairs([node], depth);
    // Only an anchored node can be reached twice, so only those are remembered.
    const anchored = typeof node.anchor === 'string' && node.anchor !== '';
    if (anchored) {
      const known = this.done.get(node);
      if (known !== undefined) return known;
      // An anchor used inside its own collection (`a: &x [*x]`) would expand forever.
      if (this.inProgress.has(node)) throw new Unreadable('alias-cycle');
      this.inProgress.add(node);
    }
    let converted: Converted;
    if (isMap(node)) converted = this.pairs(node.items, depth);
    else if (isSeq(node)) converted = this.sequence(node.items as ReadonlyArray<YamlNode | Pair | null>, depth);
    else converted = LEAF_NULL;
    if (anchored) {
      this.inProgress.delete(node);
      this.done.set(node, converted);
    }
    return converted;
  }

  private alias(alias: YamlNode, depth: number): Converted {
    const target = this.resolveAlias(alias);
    if (target === undefined) return LEAF_NULL;
    const converted = this.node(target, depth);
    // A shared value nests as deep where it is used as where it was anchored.
    if (depth + converted.height > MAX_YAML_NESTING) throw new Unreadable('nesting');
    this.aliasedValues += converted.size;
    if (this.aliasedValues > MAX_ALIASED_VALUES) throw new Unreadable('aliases');
    return converted;
  }

  private sequence(items: ReadonlyArray<YamlNode | Pair | null>, depth: number): Converted {
    const value: unknown[] = [];
    let size = 1;
    let height = 0;
    for (const item of items) {
      const converted = this.node(item, depth + 1);
      value.push(converted.value);
      size += converted.size;
      height = Math.max(height, converted.height + 1);
    }
    return { value, size, height };
  }

  private pairs(items: readonly Pair[], depth: number): Converted {
    const value: Record<string, unknown> = {};
    const seen = new Set<string>();
    let size = 1;
    let height = 0;
    for (const pair of items) {
      const keyNode = pair.key as YamlNode | null;
      const key = this.keyOf(keyNode);
      if (seen.has(key) && keyNode !== null) this.duplicateKeys.push(keyNode);
      seen.add(key);
      const converted = this.node(pair.value as YamlNode | null, depth + 1);
      // defineProperty, so a key named `__proto__` is data, never the object's prototype.
      Object.defineProperty(value, key, { value: converted.value, writable: true, enumerable: true, configurable: true });
      size += converted.size;
      height = Math.max(height, converted.height + 1);
    }
    return { value, size, height };
  }

  /** A key as the plain object holds it: a scalar's value as text, a collection's source text. */
  keyOf(key: YamlNode | null): string {
    if (key === null || key === undefined) return '';
    const node = isAlias(key) ? this.resolveAlias(key) ?? key : key;
    if (isScalar(node)) return node.value === null ? '' : String(node.value);
    const range = key.range;
    return range === undefined || range === null ? '' : this.source.slice(range[0], range[1]).trim();
  }
}
