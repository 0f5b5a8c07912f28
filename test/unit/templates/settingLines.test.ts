import { describe, expect, it } from 'vitest';
import {
  classifySettingLine,
  settingLines,
  splitBlocks,
  splitSections,
} from '../../../src/domain/templates/settingLines';

describe('classifySettingLine', () => {
  it('tells language lines, title lines and text apart', () => {
    expect(classifySettingLine('  == sv-SE ==  ', 3)).toEqual({
      kind: 'language',
      line: 3,
      code: 'sv-SE',
      written: '== sv-SE ==',
    });
    expect(classifySettingLine('== sv', 1)).toEqual({ kind: 'language', line: 1, code: null, written: '== sv' });
    expect(classifySettingLine('====', 1)).toEqual({ kind: 'language', line: 1, code: '', written: '====' });
    expect(classifySettingLine('#  Apology | negative ', 2)).toEqual({
      kind: 'title',
      line: 2,
      written: 'Apology | negative',
    });
    expect(classifySettingLine('#', 2)).toEqual({ kind: 'title', line: 2, written: '' });
    expect(classifySettingLine('#hashtag  ', 4)).toEqual({ kind: 'text', line: 4, text: '#hashtag' });
    expect(classifySettingLine('= one sign =', 5)).toEqual({ kind: 'text', line: 5, text: '= one sign =' });
  });
});

describe('splitSections and splitBlocks', () => {
  it('groups lines under their language line, then under their title', () => {
    const sections = splitSections(settingLines('Intro\n== sv ==\n# A\nHej\n# B\nHallå'));
    expect(sections.map((section) => section.header?.code ?? null)).toEqual([null, 'sv']);
    expect(sections[0]?.lines).toEqual([{ kind: 'text', line: 1, text: 'Intro' }]);
    const blocks = splitBlocks(sections[1]?.lines ?? []);
    expect(blocks.map((block) => [block.title?.written ?? null, block.lines.map((line) => line.text)])).toEqual([
      [null, []],
      ['A', ['Hej']],
      ['B', ['Hallå']],
    ]);
  });
});
