// Eesti Maaülikool (Estonian University of Life Sciences): the English version of the job
// descriptions of its teaching and research staff, published on the university's English pages. One
// document for all academic posts, written as a regulation: a title in the Title style, parts with
// typed numbers ("1. General") and clauses numbered "1.1" without a final dot, an unnumbered
// paragraph inside part 1. No part 1 of fields, no single position. Only Estonian job descriptions
// are checked; the one expected finding is that this one is not in Estonian.
// Seen in the source: the title, part 1 "General" with clauses 1.1–1.4 and the paragraph after 1.4
// (rewritten here in our own words). Completed in the same regulation form: the parts on main tasks,
// qualification requirements and rights.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Job descriptions of the teaching and research staff members at the Estonian University of Life Sciences', {
      style: 'Title',
      align: 'center',
    }),
    p(''),
    h('1. General'),
    p(
      '1.1 This regulation sets out the academic positions of the Estonian University of Life Sciences (hereinafter the University), the main tasks and qualification requirements of its teaching and research staff, the general terms and procedure for assessing whether a staff member meets the requirements, the basis for accounting for their work, and their rights.',
    ),
    p(
      '1.2 The terms and procedure of this regulation apply when a teaching or research staff member is elected or appointed to a position and when his or her work is reviewed. The assessment takes into account the person’s earlier academic activity, including research, teaching and creative work, participation in academic, research and creative expert bodies, and the feedback given by students on his or her teaching.',
    ),
    p(
      '1.3 The teaching staff of the University consists of professors, docents (associate professors), lecturers, assistants and teachers, and is divided into regular and extraordinary teaching staff.',
    ),
    p(
      '1.4 The research staff positions of the University are lead research fellow, senior research fellow, research fellow and junior research fellow. Heads of structural units count as research staff when they take part in a research topic or project.',
    ),
    p(
      'The veterinarians of the veterinary clinic of the Institute of Veterinary Medicine and Animal Sciences take part in academic and research work on the terms of their employment contracts and are members of the University as a research and development institution.',
    ),
    p(''),
    h('2. Main tasks of the teaching staff'),
    p('2.1 A professor leads teaching and research in his or her field, supervises doctoral students and young academic staff, and develops the curricula of the field.'),
    p('2.2 A docent (associate professor) teaches and develops courses at all levels of study, supervises master’s and doctoral theses and carries out research in the field.'),
    p('2.3 A lecturer teaches courses of the field, prepares teaching materials, supervises students’ theses and takes part in research or development work.'),
    p('2.4 An assistant and a teacher conduct seminars and practical classes, assess students’ work and help prepare teaching materials.'),
    p(''),
    h('3. Main tasks of the research staff'),
    p('3.1 A lead research fellow plans and leads research in the field, applies for research funding and supervises the work of other researchers.'),
    p('3.2 A senior research fellow and a research fellow carry out research independently, publish its results and take part in teaching when needed.'),
    p('3.3 A junior research fellow carries out research under supervision and takes part in the work of a research group.'),
    p(''),
    h('4. Qualification requirements'),
    p('4.1 A professor and a lead research fellow must hold a doctoral degree or an equivalent qualification and be internationally recognised in the field.'),
    p('4.2 A docent, a senior research fellow and a research fellow must hold a doctoral degree or an equivalent qualification.'),
    p('4.3 A lecturer must hold at least a master’s degree or an equivalent qualification.'),
    p('4.4 A staff member who teaches in Estonian must be proficient in Estonian at level C1; every staff member must be able to teach or publish in English.'),
    p(''),
    h('5. Rights of the teaching and research staff'),
    p('5.1 A staff member has the right to choose the methods of teaching and research within the curriculum and the research plan.'),
    p('5.2 A staff member has the right to use the University’s laboratories, library and other facilities for teaching and research.'),
    p('5.3 A staff member has the right to a research semester on the terms set by the University.'),
  ],
};
