import type { ComponentType } from 'react';
import type { ItemOut } from '../../../backend/types.js';
import type { MessageKey } from '../../../i18n/messages.js';
import { BasicsSection } from './BasicsSection.js';
import { FieldsSection } from './FieldsSection.js';
import { LightSection } from './LightSection.js';
import { ResponsibilitySection } from './ResponsibilitySection.js';
import { RoadmapSection } from './RoadmapSection.js';
import { TaskBookSection } from './TaskBookSection.js';

export interface ItemSection {
  key: string;
  title: MessageKey;
  /** `main` is the wide column, `side` the narrow one (both stack on phones). */
  column: 'main' | 'side';
  Component: ComponentType<{ item: ItemOut }>;
}

/**
 * The item page, section by section. Progress reports, obstacles, notices and
 * instructions join this list as their features land.
 */
export const ITEM_SECTIONS: ItemSection[] = [
  { key: 'light', title: 'item.light', column: 'side', Component: LightSection },
  { key: 'basics', title: 'item.basics', column: 'side', Component: BasicsSection },
  { key: 'fields', title: 'item.fields', column: 'side', Component: FieldsSection },
  { key: 'taskbook', title: 'item.taskBook', column: 'main', Component: TaskBookSection },
  {
    key: 'responsibilities',
    title: 'items.responsibilities',
    column: 'main',
    Component: ResponsibilitySection,
  },
  { key: 'roadmap', title: 'item.roadmap', column: 'main', Component: RoadmapSection },
];
