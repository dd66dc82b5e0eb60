/**
 * Tracker exports in the shapes the common trackers write (column names and status words as those
 * tools use them), each with rows a real export can hold: quoted commas, multi-line notes, a BOM, and
 * broken rows the import must report.
 */

export const HUNTR_EXPORT = `\uFEFFJob Title,Company Name,List,Board,Url,Location,Salary,Date Applied,Notes
Senior Backend Engineer,Acme Analytics,Applied,Job Search 2026,https://jobs.example/acme/1?utm_source=huntr,"Berlin, Germany","€95,000",03/14/2026,"Referred by Ana.
Second line of notes."
Product Designer,Kiwi Health,Wishlist,Job Search 2026,https://jobs.example/kiwi/7,Auckland,,,
Data Scientist,Moa Labs,Interview,Job Search 2026,,Remote,120k,2026-02-02,Take-home done
,No Title Inc,Applied,Job Search 2026,,,,03/01/2026,
Platform Engineer,Tui Systems,Applied,Job Search 2026,,,,13/45/2026,
ML Engineer,Weta Data,Dreaming,Job Search 2026,,,,,
`;

export const TEAL_EXPORT = `Company,Job Position,Min. Salary,Max. Salary,Location,Status,Date Saved,Date Applied,Follow up,Excitement,Job Description,URL,Notes
Globex,Staff Engineer,150000,180000,"Austin, TX",Interviewing,2026-01-02,2026-01-10,,4,"Own the platform; Go, Postgres.",https://globex.example/jobs/42,Panel next week
Initech,QA Lead,,,Remote,Not Selected,2026-01-03,2026-01-04,,2,,,
Umbrella,DevRel,,,London,No Response,2026-01-05,01/06/2026,,3,,,
Hooli,Engineer,,,Palo Alto,Bookmarked,2026-01-07,,,5,,,
Hooli,Broken Date,,,Palo Alto,Applied,2026-01-07,someday,,5,,,
`;

export const PLAIN_EXPORT = `title,company,status,applied,url,notes,source,salary,currency
Backend Developer,Pied Piper,rejected,2026-03-01,https://piedpiper.example/careers/1,"Said no, kindly",referral,90000,USD
Frontend Developer,Aviato,offer,2026-02-20,,"=HYPERLINK(""http://evil"")",LinkedIn,,
Lonely row with too many,cells,applied,2026-02-20,,,,,,,,,,
`;
