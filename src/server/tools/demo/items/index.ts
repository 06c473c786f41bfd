/** The demo items, ledger by ledger in the order of the source page. */

import { AQ_ITEMS } from './aq.data.js';
import { AZF_ITEMS } from './azf.data.js';
import { CC_ITEMS } from './cc.data.js';
import { DH_ITEMS } from './dh.data.js';
import { DQ_ITEMS } from './dq.data.js';
import { JLH_ITEMS } from './jlh.data.js';
import { TD_ITEMS } from './td.data.js';
import { TY_ITEMS } from './ty.data.js';
import { WM_ITEMS } from './wm.data.js';
import { WW_ITEMS } from './ww.data.js';
import { XM_ITEMS } from './xm.data.js';
import { ZD_ITEMS } from './zd.data.js';
import { ZS_ITEMS } from './zs.data.js';

export const ALL_DEMO_ITEMS = [
  ...AZF_ITEMS,
  ...WM_ITEMS,
  ...DQ_ITEMS,
  ...JLH_ITEMS,
  ...CC_ITEMS,
  ...DH_ITEMS,
  ...TY_ITEMS,
  ...XM_ITEMS,
  ...ZS_ITEMS,
  ...TD_ITEMS,
  ...WW_ITEMS,
  ...AQ_ITEMS,
  ...ZD_ITEMS,
];
