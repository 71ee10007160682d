/** What the player needs to know about a scenario at a step: the scene, the beat, who is on
 * stage and which pet each person wears by then. */
import type { Beat, CastMember, Scenario, Scene, Step } from '../../api';

export type Exit = Scene['exit'];
export type ChoiceExit = Extract<Exit, { type: 'choice' }>;
export type EndingExit = Extract<Exit, { type: 'ending' }>;
export type PetRole = Extract<Beat, { type: 'pet' }>['pet'];

export class Lookup {
  private readonly scenes = new Map<string, Scene>();
  private readonly beats = new Map<string, Beat>();
  private readonly cast = new Map<string, CastMember>();

  constructor(readonly scenario: Scenario) {
    for (const scene of scenario.scenes) {
      this.scenes.set(scene.id, scene);
      for (const beat of scene.beats) this.beats.set(beat.id, beat);
    }
    for (const member of scenario.cast) this.cast.set(member.id, member);
  }

  scene(id: string): Scene | undefined {
    return this.scenes.get(id);
  }

  beat(step: Step): Beat | undefined {
    return step.kind === 'beat' ? this.beats.get(step.id) : undefined;
  }

  member(id: string): CastMember | undefined {
    return this.cast.get(id);
  }

  /** A cast member's name; the id if the content lacks them (the checker prevents that). */
  name(id: string): string {
    return this.cast.get(id)?.name ?? id;
  }

  choice(step: Step): ChoiceExit | undefined {
    const exit = step.kind === 'choice' ? this.scenes.get(step.scene)?.exit : undefined;
    return exit?.type === 'choice' ? exit : undefined;
  }

  ending(step: Step): EndingExit | undefined {
    const exit = step.kind === 'ending' ? this.scenes.get(step.scene)?.exit : undefined;
    return exit?.type === 'ending' ? exit : undefined;
  }

  /** Who takes part in a scene, in cast order: everyone a beat names. */
  onStage(sceneId: string): CastMember[] {
    const named = new Set<string>();
    for (const beat of this.scenes.get(sceneId)?.beats ?? []) {
      for (const id of people(beat)) named.add(id);
    }
    return this.scenario.cast.filter((m) => named.has(m.id));
  }

  /** The pet each person wears at step `at` of `steps`: the last pet beat up to it. */
  pets(steps: Step[], at: number): Map<string, PetRole> {
    const worn = new Map<string, PetRole>();
    for (const step of steps.slice(0, at + 1)) {
      const beat = this.beat(step);
      if (beat?.type === 'pet') worn.set(beat.who, beat.pet);
    }
    return worn;
  }
}

/** The cast ids a beat involves. */
export function people(beat: Beat): string[] {
  switch (beat.type) {
    case 'narration':
      return [];
    case 'line':
      return [beat.speaker];
    case 'thought':
    case 'pet':
      return [beat.who];
    case 'data':
      return [beat.from, beat.to];
  }
}
