import { describe, expect, it } from 'vitest';
import { maskTemplates } from './mask.js';

const masked = (text: string): string => maskTemplates(text).text;

describe('masking template syntax and markup, in every draft', () => {
  it('keeps the length, so every offset is still the extracted text’s', () => {
    const text = 'Hi {{ name }}, {% if late %}sorry{% endif %} <!-- x --> **now**.';
    expect(masked(text)).toHaveLength(text.length);
  });

  it('turns a value placeholder into one capitalised dummy word', () => {
    expect(masked('Hi {{ first_name }}, we refunded [Order Total].')).toBe('Hi Xxxxxxxxxxxxxxxx, we refunded Xxxxxxxxxxxxx.');
  });

  it('blanks every kind of template comment, over lines too', () => {
    for (const comment of ['{% comment %}the courier lost it{% endcomment %}', '{%# the courier lost it %}', '{# the\ncourier lost it #}', '{{!-- the courier lost it --}}', '{{! the courier lost it }}', '<!-- the courier lost it -->']) {
      expect(masked(`Sorry. ${comment} We will fix it.`)).not.toMatch(/courier/);
    }
  });

  it('blanks template logic but keeps the prose it wraps', () => {
    expect(masked('{% if vip %}We are sorry.{% endif %}').trim()).toBe('We are sorry.');
    expect(masked('{{#each items}}We are sorry.{{/each}}').trim()).toBe('We are sorry.');
  });

  it('drops a Markdown link target and inline code, and keeps the link text', () => {
    expect(masked('See [our fix](/status/1) and `npm ci`.').replace(/\s+/g, ' ')).toBe('See our fix and .');
  });
});
