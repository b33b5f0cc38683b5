// Calibration tables of the demo data generator.
//
// These tables are the generator's own transcription of the LEAP report
// (../shared/reference/milwaukee-community-responder-report-2022.txt). They are deliberately NOT shared with the
// analysis code: generator and analysis are independent code paths, so a round trip (generate, then analyse)
// checks both. Every value names its source.

/// The call-type table: Appendix 1 of the report ("General Categories of Citizen-Initiated Calls For Service, 2021"),
/// in the order printed there, with the call type written as MPD's upper-case CAD code.
///
/// Counts are the Appendix 1 "Number of Calls" column, except two: the report contradicts itself for
/// PROPERTY PICKUP (Appendix 1: 4,291; Figure 3: 1,144) and PARKING TROUBLE (Appendix 1: 814; Figure 3: 352). We use
/// Figure 3's values. With them the Minor disputes category sums to exactly Figure 1's 56,111 (with Appendix 1's it
/// would be 59,720), so Figure 1 was evidently computed from the Figure 3 counts. The remaining categories sum to
/// within 4 calls of Figure 1 (Police 75,131 vs 75,133; Report-taking 62,209 vs 62,211; Rapid assistance 26,080 vs
/// 26,084; Alarm 1,003 vs 1,007; Behavioral health 30,125 and Suspicious 9,134 exact): a few calls are missing from
/// the printed appendix. Total: 259,793 (Figure 1: 259,805).
///
/// Eligible types (the 18 of Figure 3) carry:
/// - `eligibleShare`: Figure 3 "% CR-eligible" (used only to decide which narratives carry a red flag);
/// - `districtShares`: Figure 16, districts 1-7 (percent; rows are normalised, they sum to 99.9-100.1 as printed);
/// - dispatch / travel medians: Figure 5 "Call Start to Dispatch" and "Travel Time" (minutes);
/// - on-scene median: Figure 6 "Time on Scene" (minutes).
/// FAMILY TROUBLE, PROPERTY PICKUP, SUSPICIOUS-OTH and PARKING TROUBLE are absent from Figures 5-6; they use the
/// figures' Total rows (16.1, 7.6 and 25.3 minutes).
let demoCallTypes: [DemoCallType] = [
    DemoCallType(code: "TRBL W/SUBJ", category: .minorDisputes, citizenCalls: 26932,
                 eligible: .init(eligibleShare: 0.735, districtShares: [16.9, 15.8, 15.4, 12.4, 15.4, 10.0, 14.1],
                                 dispatchMedian: 18.9, travelMedian: 6.3, onSceneMedian: 22.8)), // Figures 5-6
    DemoCallType(code: "WELFARE CITIZEN", category: .behavioralHealth, citizenCalls: 20767,
                 eligible: .init(eligibleShare: 0.75, districtShares: [10.4, 14.0, 15.4, 14.2, 16.5, 13.2, 16.3],
                                 dispatchMedian: 12.1, travelMedian: 8.7, onSceneMedian: 25.1)), // Figures 5-6
    DemoCallType(code: "CALL FOR POLICE", category: .minorDisputes, citizenCalls: 13216,
                 eligible: .init(eligibleShare: 0.378, districtShares: [5.1, 13.6, 18.5, 18.5, 20.2, 6.3, 17.8],
                                 dispatchMedian: 10.6, travelMedian: 7.8, onSceneMedian: 20.4)), // Figures 5-6
    DemoCallType(code: "ACC PDO", category: .reportTaking, citizenCalls: 12659),
    DemoCallType(code: "BATTERY", category: .police, citizenCalls: 11573),
    DemoCallType(code: "THREAT", category: .police, citizenCalls: 9713),
    DemoCallType(code: "ENTRY", category: .reportTaking, citizenCalls: 8671),
    DemoCallType(code: "INJ PERSON/SICK", category: .rapidAssistance, citizenCalls: 8651),
    DemoCallType(code: "SUSP PERS/AUTO", category: .suspicious, citizenCalls: 8385,
                 eligible: .init(eligibleShare: 0.708, districtShares: [9.5, 13.0, 14.1, 17.2, 13.2, 13.0, 20.0],
                                 dispatchMedian: 9.4, travelMedian: 6.8, onSceneMedian: 21.5)), // Figures 5-6
    DemoCallType(code: "STOLEN VEHICLE", category: .reportTaking, citizenCalls: 7996),
    DemoCallType(code: "MENTAL OBSERVATION", category: .behavioralHealth, citizenCalls: 7650,
                 eligible: .init(eligibleShare: 0.86, districtShares: [9.1, 10.9, 18.1, 14.4, 15.7, 11.5, 20.3],
                                 dispatchMedian: 11.8, travelMedian: 9.0, onSceneMedian: 50.0)), // Figures 5-6
    DemoCallType(code: "SHOTS FIRED", category: .police, citizenCalls: 7585),
    DemoCallType(code: "THEFT", category: .reportTaking, citizenCalls: 7324),
    DemoCallType(code: "SUBJ WANTED", category: .police, citizenCalls: 7153),
    DemoCallType(code: "PROPERTY DAMAGE", category: .reportTaking, citizenCalls: 6747),
    DemoCallType(code: "SUBJ WITH GUN", category: .police, citizenCalls: 6567),
    DemoCallType(code: "BATTERY DV", category: .police, citizenCalls: 5525),
    DemoCallType(code: "THEFT VEHICLE", category: .reportTaking, citizenCalls: 5385),
    DemoCallType(code: "TRAFFIC HAZARD", category: .rapidAssistance, citizenCalls: 5317),
    DemoCallType(code: "ENTRY TO AUTO", category: .reportTaking, citizenCalls: 5315),
    DemoCallType(code: "NOISE NUISANCE", category: .minorDisputes, citizenCalls: 4740,
                 eligible: .init(eligibleShare: 1.0, districtShares: [13.9, 17.0, 14.5, 13.4, 14.3, 13.3, 13.6],
                                 dispatchMedian: 34.5, travelMedian: 6.5, onSceneMedian: 13.3)), // Figures 5-6
    DemoCallType(code: "PROPERTY PICKUP", category: .minorDisputes, citizenCalls: 1144, // Appendix 1: 4291; Figure 3: 1144 (used)
                 eligible: .init(eligibleShare: 0.938, districtShares: [18.9, 17.6, 13.7, 22.2, 8.2, 10.0, 9.5],
                                 dispatchMedian: 16.1, travelMedian: 7.6, onSceneMedian: 25.3)), // not in Figures 5-6: their Total rows
    DemoCallType(code: "ACC PI", category: .rapidAssistance, citizenCalls: 4217),
    DemoCallType(code: "FAMILY TROUBLE", category: .minorDisputes, citizenCalls: 3781,
                 eligible: .init(eligibleShare: 0.675, districtShares: [1.4, 13.2, 16.5, 19.3, 19.5, 8.1, 22.0],
                                 dispatchMedian: 16.1, travelMedian: 7.6, onSceneMedian: 25.3)), // not in Figures 5-6: their Total rows
    DemoCallType(code: "FIGHT", category: .police, citizenCalls: 3485),
    DemoCallType(code: "ACC UNKN INJ", category: .rapidAssistance, citizenCalls: 3474),
    DemoCallType(code: "RECK USE OF WEAP", category: .police, citizenCalls: 3179),
    DemoCallType(code: "SUBJ WITH WEAPON", category: .police, citizenCalls: 3129),
    DemoCallType(code: "VIOL REST ORDER", category: .police, citizenCalls: 2338),
    DemoCallType(code: "RECKLESS VEHICLE", category: .police, citizenCalls: 2295),
    DemoCallType(code: "OVERDOSE", category: .rapidAssistance, citizenCalls: 1689),
    DemoCallType(code: "ABAND/STOLEN PRO", category: .reportTaking, citizenCalls: 1662),
    DemoCallType(code: "LOOSE ANIMAL", category: .reportTaking, citizenCalls: 1489),
    DemoCallType(code: "TRBL W/JUV", category: .minorDisputes, citizenCalls: 1426,
                 eligible: .init(eligibleShare: 0.558, districtShares: [3.9, 14.2, 15.7, 19.4, 15.4, 13.3, 18.1],
                                 dispatchMedian: 32.4, travelMedian: 7.9, onSceneMedian: 26.7)), // Figures 5-6
    DemoCallType(code: "ROBBERY ARMED", category: .police, citizenCalls: 1323),
    DemoCallType(code: "MEET GOVT AGENCY", category: .police, citizenCalls: 1257),
    DemoCallType(code: "SHOPLIFTER", category: .reportTaking, citizenCalls: 1192),
    DemoCallType(code: "SHOOTING", category: .police, citizenCalls: 1182),
    DemoCallType(code: "SEX ASSAULT", category: .police, citizenCalls: 1153),
    DemoCallType(code: "CHILD CUSTODY", category: .minorDisputes, citizenCalls: 1150,
                 eligible: .init(eligibleShare: 0.657, districtShares: [1.8, 11.8, 15.6, 19.3, 16.4, 10.8, 24.3],
                                 dispatchMedian: 38.1, travelMedian: 9.0, onSceneMedian: 33.7)), // Figures 5-6
    DemoCallType(code: "MISSING CHECK", category: .police, citizenCalls: 1128),
    DemoCallType(code: "SUICIDE ATTEMPT", category: .rapidAssistance, citizenCalls: 1112),
    DemoCallType(code: "CHILD ABUSE", category: .police, citizenCalls: 1104),
    DemoCallType(code: "FIRE", category: .rapidAssistance, citizenCalls: 1097),
    DemoCallType(code: "ADDL INFO", category: .reportTaking, citizenCalls: 1074),
    DemoCallType(code: "CRUELTY ANIMAL", category: .minorDisputes, citizenCalls: 1021,
                 eligible: .init(eligibleShare: 0.846, districtShares: [9.0, 17.3, 14.5, 12.9, 16.3, 14.5, 15.4],
                                 dispatchMedian: 16.8, travelMedian: 8.9, onSceneMedian: 23.4)), // Figures 5-6
    DemoCallType(code: "MISSING RPT CRIT", category: .police, citizenCalls: 1003),
    DemoCallType(code: "DRUG DEALING", category: .minorDisputes, citizenCalls: 975),
    DemoCallType(code: "CHILD NEGLECT", category: .behavioralHealth, citizenCalls: 914,
                 eligible: .init(eligibleShare: 0.762, districtShares: [2.0, 11.8, 20.4, 21.6, 15.7, 7.9, 20.5],
                                 dispatchMedian: 8.2, travelMedian: 9.2, onSceneMedian: 22.9)), // Figures 5-6
    DemoCallType(code: "PARKING TROUBLE", category: .minorDisputes, citizenCalls: 352, // Appendix 1: 814; Figure 3: 352 (used)
                 eligible: .init(eligibleShare: 0.321, districtShares: [28.8, 11.8, 9.1, 11.5, 12.2, 13.2, 13.5],
                                 dispatchMedian: 16.1, travelMedian: 7.6, onSceneMedian: 25.3)), // not in Figures 5-6: their Total rows
    DemoCallType(code: "ROBBERY", category: .police, citizenCalls: 763),
    DemoCallType(code: "SUSPICIOUS-OTH", category: .suspicious, citizenCalls: 749,
                 eligible: .init(eligibleShare: 0.45, districtShares: [11.8, 9.1, 16.5, 14.5, 16.7, 13.4, 18.0],
                                 dispatchMedian: 16.1, travelMedian: 7.6, onSceneMedian: 25.3)), // not in Figures 5-6: their Total rows
    DemoCallType(code: "MISSING REPORT", category: .police, citizenCalls: 743),
    DemoCallType(code: "IND EXPOSURE", category: .behavioralHealth, citizenCalls: 685,
                 eligible: .init(eligibleShare: 0.641, districtShares: [14.7, 21.2, 14.4, 9.4, 14.9, 12.6, 12.7],
                                 dispatchMedian: 10.3, travelMedian: 8.3, onSceneMedian: 22.5)), // Figures 5-6
    DemoCallType(code: "DEAD ON ENTRY", category: .police, citizenCalls: 662),
    DemoCallType(code: "DUI", category: .police, citizenCalls: 649),
    DemoCallType(code: "HOLDUP ALARM", category: .alarm, citizenCalls: 592),
    DemoCallType(code: "LANDLORD/TEN TRB", category: .minorDisputes, citizenCalls: 582,
                 eligible: .init(eligibleShare: 0.864, districtShares: [5.2, 19.7, 16.4, 10.5, 20.0, 9.2, 19.0],
                                 dispatchMedian: 33.7, travelMedian: 8.3, onSceneMedian: 30.2)), // Figures 5-6
    DemoCallType(code: "FIREWORKS", category: .minorDisputes, citizenCalls: 518,
                 eligible: .init(eligibleShare: 0.93, districtShares: [6.4, 15.9, 15.0, 16.5, 10.5, 13.0, 22.7],
                                 dispatchMedian: 19.6, travelMedian: 5.5, onSceneMedian: 11.2)), // Figures 5-6
    DemoCallType(code: "BATTERY CUTTING", category: .reportTaking, citizenCalls: 486),
    DemoCallType(code: "RECOVERED VEH", category: .reportTaking, citizenCalls: 475),
    DemoCallType(code: "ANIMAL BITE", category: .reportTaking, citizenCalls: 325),
    DemoCallType(code: "THEFT FROM PERSON", category: .reportTaking, citizenCalls: 305),
    DemoCallType(code: "MFD OTHER", category: .police, citizenCalls: 304),
    DemoCallType(code: "LOST CHILD", category: .reportTaking, citizenCalls: 284),
    DemoCallType(code: "WIRES DOWN", category: .rapidAssistance, citizenCalls: 251),
    DemoCallType(code: "ABAND/PROP WEAPON", category: .police, citizenCalls: 247),
    DemoCallType(code: "ABDUCTION", category: .police, citizenCalls: 233),
    DemoCallType(code: "FRAUD", category: .reportTaking, citizenCalls: 221),
    DemoCallType(code: "MISSING RETURN", category: .reportTaking, citizenCalls: 218),
    DemoCallType(code: "BURG/AUD BUSINESS", category: .alarm, citizenCalls: 207),
    DemoCallType(code: "GPS MONITORING", category: .reportTaking, citizenCalls: 164),
    DemoCallType(code: "GAS LEAK", category: .rapidAssistance, citizenCalls: 162),
    DemoCallType(code: "SOLICITING", category: .minorDisputes, citizenCalls: 148,
                 eligible: .init(eligibleShare: 0.956, districtShares: [1.4, 65.5, 14.2, 2.0, 10.8, 2.0, 4.1],
                                 dispatchMedian: 21.3, travelMedian: 6.2, onSceneMedian: 13.8)), // Figures 5-6
    DemoCallType(code: "BURG/AUD GOVT", category: .alarm, citizenCalls: 140),
    DemoCallType(code: "GAMBLING", category: .minorDisputes, citizenCalls: 126),
    DemoCallType(code: "ESCORT", category: .police, citizenCalls: 111),
    DemoCallType(code: "LOCKOUT", category: .police, citizenCalls: 110),
    DemoCallType(code: "HOSPITAL TO MCMH", category: .behavioralHealth, citizenCalls: 109),
    DemoCallType(code: "DEMONSTRATION", category: .police, citizenCalls: 80),
    DemoCallType(code: "GRAFFITI", category: .reportTaking, citizenCalls: 75),
    DemoCallType(code: "HOSTAGE SIT", category: .police, citizenCalls: 73),
    DemoCallType(code: "MFD SECURITY", category: .police, citizenCalls: 69),
    DemoCallType(code: "INTERNET CRIMES", category: .reportTaking, citizenCalls: 61),
    DemoCallType(code: "SUSP PKG/DEVICE", category: .police, citizenCalls: 56),
    DemoCallType(code: "EXPLOSION", category: .police, citizenCalls: 51),
    DemoCallType(code: "BATTERY CUT-DV", category: .police, citizenCalls: 50),
    DemoCallType(code: "BURG/AUD RESI", category: .alarm, citizenCalls: 45),
    DemoCallType(code: "WATER MAIN BREAK", category: .rapidAssistance, citizenCalls: 44),
    DemoCallType(code: "THREAT SCHOOL", category: .police, citizenCalls: 39),
    DemoCallType(code: "CHILD ENTICEMENT", category: .police, citizenCalls: 38),
    DemoCallType(code: "SUBJ IN WATER", category: .rapidAssistance, citizenCalls: 29),
    DemoCallType(code: "FORGERY", category: .reportTaking, citizenCalls: 28),
    DemoCallType(code: "ASSIST FIRE/AMB", category: .police, citizenCalls: 26),
    DemoCallType(code: "PROB_PAROL_CK_RQ", category: .police, citizenCalls: 26),
    DemoCallType(code: "ALTERED CURRENCY", category: .reportTaking, citizenCalls: 22),
    DemoCallType(code: "CONT DEL MINOR", category: .police, citizenCalls: 22),
    DemoCallType(code: "ESP TARGET ESCOR", category: .police, citizenCalls: 22),
    DemoCallType(code: "ASSIST OFFICER", category: .police, citizenCalls: 21),
    DemoCallType(code: "BOMB THREAT", category: .police, citizenCalls: 19),
    DemoCallType(code: "RECOVERED PROP", category: .reportTaking, citizenCalls: 16),
    DemoCallType(code: "STRND/DIS VESSEL", category: .rapidAssistance, citizenCalls: 16),
    DemoCallType(code: "BB GUN COMPLNT", category: .reportTaking, citizenCalls: 15),
    DemoCallType(code: "HAZ WASTE MAT", category: .rapidAssistance, citizenCalls: 12),
    DemoCallType(code: "MPD MON ALARM", category: .alarm, citizenCalls: 11),
    DemoCallType(code: "EXPLOSIVES", category: .police, citizenCalls: 9),
    DemoCallType(code: "OVERTURNED BOAT", category: .rapidAssistance, citizenCalls: 9),
    DemoCallType(code: "ALARM ON BUS", category: .alarm, citizenCalls: 8),
    DemoCallType(code: "PHONE CALL COMPL", category: .police, citizenCalls: 8),
    DemoCallType(code: "UNATTEND PACKAGE", category: .police, citizenCalls: 8),
]

/// Figure 10: average eligible calls per day, Monday ... Sunday (189, 183, 189, 184, 195, 198, 194).
/// Applied to all calls of the eligible types.
let demoEligibleWeekdayProfile: [Double] = [189, 183, 189, 184, 195, 198, 194]

/// Figure 11: eligible calls per day per hour, 12am-1am ... 11pm-12am.
let demoEligibleHourProfile: [Double] = [
    9.4, 8.5, 7.3, 5.8, 4.5, 3.9, 3.7, 4.5, 6.0, 6.8, 7.2, 8.5,
    9.1, 8.9, 8.7, 9.0, 9.6, 9.0, 9.7, 9.3, 9.5, 10.2, 10.6, 10.1,
]

/// Weekday profile of the non-eligible citizen-initiated types, Monday ... Sunday. Invented, "similar generic
/// profile": nearly flat with a slightly busier weekend, like Figure 10.
let demoGenericWeekdayProfile: [Double] = [186, 182, 184, 185, 192, 197, 190]

/// Hour profile of the non-eligible citizen-initiated types. Invented: Figure 11's shape with a flatter night and a
/// busier working day (report-taking calls are made in the daytime).
let demoGenericHourProfile: [Double] = [
    8.6, 7.6, 6.6, 5.2, 4.2, 3.9, 4.2, 5.4, 7.0, 7.9, 8.4, 9.0,
    9.4, 9.3, 9.2, 9.4, 9.8, 9.4, 9.5, 9.1, 9.0, 9.4, 9.6, 9.3,
]

/// Figure 16 "Overall" row: district shares used for every non-eligible citizen-initiated type.
let demoOverallDistrictShares: [Double] = [11.5, 14.5, 15.8, 14.6, 15.8, 11.2, 16.6]

/// Officer-initiated activity: MPD call types seen in the real Milwaukee sample
/// (../shared/data/milwaukee/mpd-calls-2018-05.csv) with their counts there as weights, and an invented median
/// time on scene (minutes). Total volume: `demoOfficerInitiatedRatio` × the citizen-initiated volume.
let demoOfficerTypes: [(code: String, weight: Double, onSceneMedian: Double)] = [
    ("TRAFFIC STOP", 3719, 14),
    ("BUSINESS CHECK", 2452, 9),
    ("RETURN STATION", 1736, 25),
    ("FOLLOW UP", 1265, 35),
    ("PATROL", 910, 30),
    ("SPECIAL ASSIGN", 794, 60),
    ("INVESTIGATION", 767, 45),
    ("POLICE ADMIN", 696, 40),
    ("PARK AND WALK", 549, 20),
    ("SUBJ STOP", 312, 15),
]

/// Officer-initiated activity per citizen-initiated call. Task brief: "roughly 0.6×"; the 2018 sample has about
/// 0.7 officer-initiated rows per citizen call.
let demoOfficerInitiatedRatio = 0.6
