// Every room that runs a line of the activation table registers through its own
// `register<Room>(context, services)` in `<room>/register<Room>.ts`, and features.ts (the composition
// root) calls each one so: the shape docs/contributing.md › One composition root promises, read from
// the source text (the files import vscode, so the unit tier does not load them).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureRooms } from '../../../scripts/activationBundle';

const EXTENSION = join(__dirname, '..', '..', '..', 'src', 'extension');

describe('extension: one registerX(context, services) per room', () => {
  const rooms = [...featureRooms()].filter((room) => room !== 'features' && room !== 'featuresCore').sort();

  it('finds the rooms of the activation table', () => {
    assert.deepEqual(rooms, ['calendar', 'encryption', 'entries', 'export', 'people', 'reflect', 'search', 'tagging', 'trends']);
  });

  it('has register<Room>(context, services) in <room>/register<Room>.ts, called so from features.ts', () => {
    const features = readFileSync(join(EXTENSION, 'features.ts'), 'utf8');
    for (const room of rooms) {
      const name = `register${room[0]?.toUpperCase()}${room.slice(1)}`;
      const file = join(EXTENSION, room, `${name}.ts`);
      assert.ok(existsSync(file), `${room}/${name}.ts`);
      assert.match(readFileSync(file, 'utf8'), new RegExp(`export function ${name}\\(_?context: vscode\\.ExtensionContext, services: `), `${room}/${name}.ts exports ${name}(context, services)`);
      assert.match(features, new RegExp(`= ${name}\\(context, services\\);`), `features.ts calls ${name}(context, services)`);
    }
  });
});
