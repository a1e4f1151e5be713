import * as assert from 'assert';
import { describeLeftOut, isTeamAssociation, LeftOutTally, leftOutReason, recordKey } from '../../src/core/records/authorship';

describe('record authorship', () => {
  const member = { author: 'mara', authorAssociation: 'MEMBER' };

  it('counts a record written by the person it names, who is on the team', () => {
    assert.strictEqual(leftOutReason(member, 'mara'), undefined);
    assert.strictEqual(leftOutReason({ author: 'Mara', authorAssociation: 'COLLABORATOR' }, 'mara'), undefined);
    assert.strictEqual(leftOutReason({ author: 'mara', authorAssociation: 'OWNER', editor: 'MARA' }, 'mara'), undefined);
  });

  it('leaves out a stranger writing in their own name', () => {
    for (const association of ['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE', undefined]) {
      assert.strictEqual(leftOutReason({ author: 'stranger', authorAssociation: association }, 'stranger'), 'outside-team');
    }
  });

  it('leaves out a deleted account', () => {
    assert.strictEqual(leftOutReason({ authorAssociation: 'MEMBER' }, 'mara'), 'outside-team');
  });

  it('leaves out a team member writing a record in someone else\'s name', () => {
    assert.strictEqual(leftOutReason(member, 'jonas'), 'claims-another-person');
  });

  it('leaves out a comment someone else edited, even a team member', () => {
    assert.strictEqual(leftOutReason({ ...member, editor: 'jonas' }, 'mara'), 'edited-by-someone-else');
  });

  it('takes no Unicode look-alike for the author\'s login: only ASCII letters compare without case, as in GitHub logins', () => {
    // U+212A KELVIN SIGN lower-cases to "k", U+0130 to "i" and a combining dot; zero-width characters hide in plain sight.
    const kenji = { author: 'kenji-sato', authorAssociation: 'MEMBER' };
    for (const lookAlike of ['\u212Aenji-sato', 'kenj\u0130-sato', 'kenji\u200b-sato', 'kenji-sato\u0000']) {
      assert.strictEqual(leftOutReason(kenji, lookAlike), 'claims-another-person', JSON.stringify(lookAlike));
    }
    assert.strictEqual(leftOutReason({ ...kenji, editor: '\u212Aenji-sato' }, 'kenji-sato'), 'edited-by-someone-else');
    assert.notStrictEqual(recordKey('\u212Aenji-sato', 'e1'), recordKey('kenji-sato', 'e1'));
    assert.strictEqual(leftOutReason(kenji, 'KENJI-Sato'), undefined);
  });

  it('knows the team by association', () => {
    assert.deepStrictEqual(['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'NONE'].map(isTeamAssociation), [true, true, true, false, false]);
  });

  it('keys records by author and id, so an id reused by another author is another record', () => {
    assert.strictEqual(recordKey('Mara', 'e1'), recordKey('mara', 'e1'));
    assert.notStrictEqual(recordKey('mara', 'e1'), recordKey('stranger', 'e1'));
  });

  it('describes what was left out, one sentence per reason', () => {
    const tally = new LeftOutTally();
    tally.add('claims-another-person');
    tally.add('outside-team', 3);
    assert.strictEqual(tally.total, 4);
    assert.deepStrictEqual(describeLeftOut(tally.counts), [
      '3 records written by people outside the team',
      '1 record claims another person',
    ]);
    assert.deepStrictEqual(describeLeftOut({}), []);
  });
});
