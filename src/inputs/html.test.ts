import { describe, expect, it } from 'vitest';
import { extractHtml } from './html.js';
import { prepareProse } from './mask.js';
import { analyse } from '../analysis/index.js';

const headingText = (html: string): string[] => {
  const extraction = extractHtml(html);
  return (extraction.headings ?? []).map(([start, end]) => extraction.text.slice(start, end).trim());
};

describe('HTML headings are handed to the analysis as data', () => {
  it('marks the words of each <h1>–<h6>, and nothing else', () => {
    expect(headingText('<h1>Your order</h1><p>We lost it.</p><h3 class="x">Next steps</h3>')).toEqual(['Your order', 'Next steps']);
    expect(headingText('<p>We lost it.</p>')).toEqual([]);
  });

  it('marks an unclosed heading to the end of the text', () => {
    expect(headingText('<h2>Sorry')).toEqual(['Sorry']);
  });

  it('leaves no "#" in the prose: the heading is a role, not text', () => {
    expect(extractHtml('<h1>Your order</h1>').text).not.toContain('#');
  });

  it('the analysis reads a heading as a heading, not as the body', () => {
    // A heading that is a full sentence would otherwise count as the apology.
    const doc = analyse(prepareProse(extractHtml('<h2>We are sorry we lost your parcel.</h2><p>It left today.</p>')));
    const roles = doc.sentences.map((s) => [doc.text.slice(s.start, s.end).trim(), s.role]);
    expect(roles).toContainEqual(['We are sorry we lost your parcel.', 'heading']);
    expect(roles).toContainEqual(['It left today.', 'body']);
  });
});
