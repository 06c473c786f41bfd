import type { ComponentType } from 'react';
import type { ItemOut } from '../../../backend/types.js';
import type { MessageKey } from '../../../i18n/messages.js';
import { BasicsSection } from './BasicsSection.js';
import { FieldsSection } from './FieldsSection.js';
import { InspectionsSection } from './InspectionsSection.js';
import { InstructionsSection } from './InstructionsSection.js';
import { LightSection } from './LightSection.js';
import { NoticesSection } from './NoticesSection.js';
import { ObstaclesSection } from './ObstaclesSection.js';
import { ReportsSection } from './ReportsSection.js';
import { RequestsSection } from './RequestsSection.js';
import { ResponsibilitySection } from './ResponsibilitySection.js';
import { RoadmapSection } from './RoadmapSection.js';
import { SignalsSection } from './SignalsSection.js';
import { TaskBookSection } from './TaskBookSection.js';
import { TimelineSection } from './TimelineSection.js';
import { UrgesSection } from './UrgesSection.js';

export interface ItemSection {
  key: string;
  title: MessageKey;
  /** `main` is the wide column, `side` the narrow one (both stack on phones). */
  column: 'main' | 'side';
  Component: ComponentType<{ item: ItemOut }>;
}

/**
 * The item page, section by section. Notices, inspections and requests join
 * this list as their features land.
 */
export const ITEM_SECTIONS: ItemSection[] = [
  { key: 'light', title: 'item.light', column: 'side', Component: LightSection },
  { key: 'instructions', title: 'wf.instructions', column: 'side', Component: InstructionsSection },
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
  { key: 'reports', title: 'wf.reports', column: 'main', Component: ReportsSection },
  { key: 'obstacles', title: 'wf.obstacles', column: 'main', Component: ObstaclesSection },
  { key: 'requests', title: 'wf.requests', column: 'main', Component: RequestsSection },
  { key: 'notices', title: 'nav.notices', column: 'main', Component: NoticesSection },
  { key: 'urges', title: 'urge.title', column: 'main', Component: UrgesSection },
  { key: 'inspections', title: 'ins.itemSection', column: 'main', Component: InspectionsSection },
  { key: 'signals', title: 'wf.signals', column: 'side', Component: SignalsSection },
  { key: 'timeline', title: 'item.timeline', column: 'side', Component: TimelineSection },
];
