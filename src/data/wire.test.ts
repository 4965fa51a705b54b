// ntm.json's wire form: the file carries exactly the dataset the build assembled, and a damaged
// file is refused with the field that is wrong.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { decodeDataset, encodeDataset, parseDatasetText, WIRE_FORMAT } from './wire';
import { datasetFrom, DataLoadError } from './loadData';
import { datasetJson } from '../../scripts/lib/dataset';
import { realFiles, REAL_BUILD_TIMEOUT } from '../../test/unit/realData';
import type { NtmDataset } from '../domain/types';

const real = async (): Promise<NtmDataset> => (await realFiles()).dataset;
const wireOf = (ds: NtmDataset) => JSON.parse(JSON.stringify(encodeDataset(ds)));

describe('ntm.json wire form', () => {
  it('round-trips the real dataset exactly, and is smaller on the wire', async () => {
    const ds = await real();
    const text = datasetJson(ds);
    expect(parseDatasetText(text)).toEqual(ds);
    // Encoding what was decoded gives the same text (the desk's byte-for-byte download).
    expect(datasetJson(parseDatasetText(text))).toBe(text);
    const gz = (s: string) => gzipSync(s, { level: 9 }).length;
    expect(gz(text)).toBeLessThan(gz(JSON.stringify(ds)) - 1500);
  }, REAL_BUILD_TIMEOUT);

  it('keeps unknown (null) and absent values apart', async () => {
    const ds = structuredClone(await real());
    const row = ds.attainment[0]!;
    row.criteria[2] = null;
    row.cooperative = null;
    row.note = null;
    delete (row.indicators as Record<string, unknown>)['8.2'];
    const back = decodeDataset(wireOf(ds)).attainment[0]!;
    expect(back.criteria[2]).toBeNull();
    expect(back.cooperative).toBeNull();
    expect(back.note).toBeNull();
    expect('8.2' in back.indicators).toBe(false);
    expect(back).toEqual(row);
  }, REAL_BUILD_TIMEOUT);

  it('refuses a unit whose full name it could not rebuild', async () => {
    const ds = structuredClone(await real());
    ds.units[0]!.fullName = 'Thành phố X';
    expect(() => encodeDataset(ds)).toThrow(/unit \d{5}: fullName "Thành phố X"/);
  }, REAL_BUILD_TIMEOUT);

  it('names the field of a damaged file', async () => {
    const w = wireOf(await real());
    expect(() => decodeDataset({ ...w, attainment: [] })).toThrow(`expected the format "${WIRE_FORMAT}"`);
    const badBit = structuredClone(w);
    badBit.attainment.rows[3][3] = '11x1';
    expect(() => decodeDataset(badBit)).toThrow(/attainment\.rows\[3\] criterion 3: expected 1, 0 or -, got "x"/);
    const badIndex = structuredClone(w);
    badIndex.attainment.rows[5][9] = 99;
    expect(() => decodeDataset(badIndex)).toThrow(/attainment\.rows\[5\] source: index 99 is outside its list/);
    const badType = structuredClone(w);
    badType.units[1].type = 'huyen';
    expect(() => decodeDataset(badType)).toThrow(/units\[1\] \(\d{5}\): unknown type "huyen"/);
    // The app's loader reports it as a shape error of the file.
    try {
      datasetFrom('data/ntm.json', badIndex);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataLoadError);
      expect((e as DataLoadError).reason).toBe('shape');
      expect((e as Error).message).toMatch(/^data\/ntm\.json: attainment\.rows\[5\] source/);
    }
  }, REAL_BUILD_TIMEOUT);
});
