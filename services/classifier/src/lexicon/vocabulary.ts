/**
 * Interns the words of every lexicon, alias and place name as small integers. A post's
 * words are looked up once (one string hash each) and every index after that walks on
 * integers: no phrase keys are built by concatenation, and per-word tables are arrays.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** The id of a word, adding it when new (build time). */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }

  /** Ids of a post's words, -1 for words no index knows (they match nothing). */
  encode(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) out[i] = this.ids.get(words[i] as string) ?? -1;
    return out;
  }

  get size(): number {
    return this.ids.size;
  }
}
