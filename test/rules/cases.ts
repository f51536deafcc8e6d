// Drafts each rule must flag, and look-alikes it must leave alone. Written for
// these tests across domains and voices (florists, airlines, SaaS, billing,
// clinics, landlords, maintainers; terse, formal, non-native, over-apologetic).
// `words` is what the finding must point at (pattern rules only).

export interface FlagCase {
  draft: string;
  words?: string;
}

export interface RuleCases {
  flags: FlagCase[];
  passes: string[];
}

export const CASES: Record<string, RuleCases> = {
  'missing-apology': {
    flags: [
      { draft: 'We regret any inconvenience caused by the late delivery of your sofa.' },
      { draft: 'Sorry to hear the flowers arrived wilted. Please send a photo.' },
      { draft: 'We regret to inform you that your flight has been cancelled.' },
      { draft: 'How can I ever apologise enough for this mess?' },
      { draft: 'We will not apologise for enforcing the tenancy agreement.' },
      { draft: 'Hi Sam,\n\n{{ apology_sentence }}\n\nWe refunded the ticket today.\n\nBest,\nAna' },
      { draft: 'You wrote "you never even said sorry to me". We have refunded the booking fee.' },
      { draft: '' },
    ],
    passes: [
      "I'm sorry we lost your suitcase in Lisbon.",
      'Please accept our apologies for the missed appointment on Tuesday.',
      'I regret sending the invoice to the wrong address.',
      'My apologies, Priya: the cake was delivered to the wrong venue.',
      "I can't apologise enough for the way we handled your complaint.",
      'Appologies for the broken link in yesterday\'s newsletter.',
      'Customer: sorry if I sound cross\nAgent: I understand. I am sorry we charged you twice.',
    ],
  },
  'missing-ownership': {
    flags: [
      { draft: 'We apologise for the delay to your refund.' },
      { draft: "I'm sorry. Mistakes were made during the migration." },
      { draft: "I'm sorry. An error occurred while processing your payment." },
      { draft: "Sorry about this. It seems something went wrong with the booking system." },
      { draft: "I'm sorry. The courier lost your parcel somewhere near Leeds." },
      { draft: "I'm sorry. If we made a mistake with your order, let us know." },
      { draft: 'Did we get your delivery date wrong? Sorry if so.' },
    ],
    passes: [
      'We handled your complaint badly, and I am sorry.',
      "I'm sorry: we shipped the wrong size, and that was our mistake.",
      'That one is on me. I forgot to add your discount code.',
      'We should have checked the address before the van left.',
      "I didn't read the part of your message about the ground-floor room.",
      'We take full responsibility for the outage on Monday.',
      'Our team double-booked the meeting room for your workshop, and we are sorry.',
      "I'm sorry we cancelled your appointment without telling you.",
    ],
  },
  'missing-remedy': {
    flags: [
      { draft: "I'm sorry. You can get a refund if you contact us." },
      { draft: "I'm sorry we overcharged you. We may be able to offer something next month." },
      { draft: "I'm sorry we overcharged you. Please contact us if you want a refund." },
      { draft: "I'm sorry we overcharged you. Would a refund help?" },
      { draft: "I'm sorry we overcharged you. We value your business and hope to make it right." },
      { draft: "I'm sorry the app crashed. We've fixed the app so it won't crash again." },
      { draft: "I'm sorry we missed your delivery slot. You can rebook online at any time." },
      { draft: "I'm sorry we overcharged you. Refunds usually take five to seven days." },
    ],
    passes: [
      "We're sorry. Refunds for every ticket will be processed automatically this week.",
      "We're sorry the concert was cancelled. You'll receive a full refund within five days.",
      "I'm sorry we sent the wrong jacket. The right one goes out today, and I've upgraded the delivery at no cost.",
      "We're sorry: our deploy broke checkout. We rolled back at 10:41, and every merchant has received a 15% credit.",
      "I'm sorry I forgot your appointment. I have moved you to Thursday at 10, and there will be no charge.",
      'Sorry for the breakage. Fixed in v2.3.1, which is on npm now.',
      "I'm sorry. I've refunded the full $40 to your card.",
      "I'm sorry. We will send a replacement lamp by Friday.",
      "I'm sorry. Here is a voucher for £25 off your next order: THANKS25.",
      "I'm sorry. I've waived the late fee on this month's bill.",
      'We are sorry for the outage. Service has been restored for all customers.',
      "I'm sorry. I'll call you as soon as the part arrives.",
      "I'm sorry. Your card is unblocked now, and I've credited €20 for the trouble.",
    ],
  },
  'missing-prevention': {
    flags: [
      { draft: "I'm sorry we lost your parcel. I've refunded the full cost." },
      { draft: "I'm sorry. We checked your parcel twice before it left." },
      { draft: "I'm sorry we were late. Thanks for your patience." },
      { draft: "I'm sorry. Our engineer will visit tomorrow between 8 and 12." },
      { draft: 'Sorry for the mix-up with your prescription; it is ready to collect now.' },
      { draft: "I'm sorry we forgot your birthday cake. Please let us know if there's anything else." },
    ],
    passes: [
      'We are very sorry, it was our error. Also we change the control of the labels so this not happen again.',
      'I am so sorry. I set two reminders in my calendar now so it does not happen again.',
      "I'm sorry. We have retrained the team and added a double check at dispatch.",
      "I'm sorry. We changed our process so that every address is confirmed by text.",
      "I'm sorry. It won't happen again.",
      "I'm sorry. We will try harder.",
      "I'm sorry. From next month, a second pharmacist checks every repeat prescription.",
      "I'm sorry. We now confirm every booking by phone the day before.",
    ],
  },
  'missing-empathy': {
    flags: [
      { draft: "I'm sorry we sent the wrong blender. We understand your concern." },
      { draft: "We're sorry for any inconvenience. A new blender is on its way." },
      { draft: "I'm sorry we sent the wrong blender. Thanks for your patience." },
      { draft: "I'm sorry. We appreciate that roadworks can be disruptive." },
      { draft: "I'm sorry. I can imagine the courier was busy that day." },
      { draft: "I'm sorry. We value your business." },
    ],
    passes: [
      "I'm sorry I double-charged you. I know money is tight before the exam fees are due.",
      "I'm sorry. I know how much this delivery meant on your mother's birthday.",
      "I'm sorry. You waited at the flat for an hour and nobody came.",
      "I'm sorry. I understand how frustrating it is to pay twice for one month.",
      "I'm sorry. It cost you a day's wages to stay home for us.",
      "I'm sorry. I can imagine how disappointing that was on your anniversary.",
      "I'm sorry. You had to chase us three times to get an answer.",
    ],
  },
  'blame-shifting': {
    flags: [
      { draft: 'Sorry. The error was on the bank\'s side.', words: "on the bank's side" },
      { draft: "I'm sorry. Unfortunately the courier was unable to deliver on Friday.", words: 'courier was unable to deliver' },
      { draft: "I'm sorry. The courier lost your parcel.", words: 'courier lost your parcel' },
      { draft: "Sorry. You entered the wrong postcode at checkout.", words: 'entered the wrong postcode' },
      { draft: "I'm sorry. Our supplier let us down this week.", words: 'supplier let us down' },
      { draft: "We apologise. The system glitched during the upgrade.", words: 'system glitched' },
      { draft: "I'm sorry. A new employee made the error on your booking.", words: 'new employee made the error' },
      { draft: "I'm sorry. The delay was caused by our delivery partner.", words: 'caused by our delivery partner' },
      { draft: 'Please make sure your card details are up to date in future.', words: 'make sure your card details are up to date' },
    ],
    passes: [
      "We've found it was a training issue and have retrained that person.",
      'The manufacturer is behind on demand, so we checked other suppliers and found your chair.',
      "I chose a courier that failed us; that's on me.",
      'The courier confirmed your parcel is at the depot.',
      'You entered it correctly; the error was ours.',
      "It glitched because I pushed an untested change; that's on me.",
      'A new employee, Sam, now looks after your account.',
    ],
  },
  excuse: {
    flags: [
      { draft: 'Your flight was cancelled. Your safety is our top priority.', words: 'safety is our top priority' },
      { draft: 'Our warehouse had a power outage on Tuesday, so your order was held.', words: 'power outage' },
      { draft: 'Due to unusually high volume, we missed your message.', words: 'Due to' },
      { draft: "I'm sorry. Circumstances beyond our control delayed your order.", words: 'beyond our control' },
      { draft: "I'm sorry. We were short-staffed on Saturday.", words: 'short-staffed' },
      { draft: "I'm sorry. These things happen in the busy season.", words: 'These things happen' },
      { draft: "I'm sorry your table wasn't ready, but it was our busiest night of the year.", words: 'but' },
      { draft: 'Not to make excuses, but the warehouse was swamped.', words: 'Not to make excuses' },
      { draft: 'The team did their best under the circumstances.', words: 'did their best' },
    ],
    passes: [
      'I missed it because I skimmed your email; that was careless of me.',
      "I'm sorry, and I've already refunded you.",
      "I won't make excuses: I skipped the check.",
      "There's no excuse; I messed up.",
      'Your replacement is due Friday.',
      'Unfortunately that model is discontinued, so I have refunded you in full.',
    ],
  },
  'non-apology': {
    flags: [
      { draft: 'We are sorry that you did not enjoy your stay.', words: 'sorry that you did not enjoy your stay' },
      { draft: 'Sorry if you were upset by our reply.', words: 'Sorry if you were upset' },
      { draft: 'We are sorry you feel that way about the new pricing.', words: 'sorry you feel that way' },
      { draft: 'We apologise for any inconvenience this may have caused.', words: 'apologise for any inconvenience' },
      { draft: 'We regret any inconvenience.', words: 'regret any inconvenience' },
      { draft: 'Sorry to anyone who was offended by the post.', words: 'Sorry to anyone who was offended' },
      { draft: 'Sorry to hear that. Our policy is to refund within 30 days.', words: 'Sorry to hear that' },
      { draft: 'If we got your order wrong, we apologise.', words: 'apologise' },
    ],
    passes: [
      "Support: I'm sorry, Dana. We shipped it to your old address; that was our mistake.\nDana: sorry if I'm rude, but where is it?\nSupport: I've sent a replacement by express.",
      "I'm sorry that we missed your appointment on Monday.",
      "I'm sorry for the two hours you spent on hold.",
      "I'm sorry you had to chase us three times.",
      "Sorry to hear about your dog; and I'm sorry we lost the vet records you sent.",
      'Sorry to bother you, but could you confirm your flat number?',
      "Customer: sorry if I'm being difficult\nAgent: Not at all. I'm sorry we lost your booking.",
    ],
  },
  denial: {
    flags: [
      { draft: 'We have no record of your call on Monday.', words: 'no record of' },
      { draft: 'Our stylists are fully trained and follow the style you ask for.', words: 'fully trained' },
      { draft: 'According to our records, the cleaner visited your room every day.', words: 'According to our records' },
      { draft: 'This was not our fault.', words: 'not our fault' },
      { draft: 'We did nothing wrong here.', words: 'did nothing wrong' },
      { draft: 'We cannot be held responsible for the weather.', words: 'cannot be held responsible' },
      { draft: 'Our records show the parcel was delivered on Tuesday.', words: 'Our records show' },
      { draft: 'As stated in our terms, we are not liable for courier delays.', words: 'not liable' },
      { draft: 'Our terms and conditions clearly state that refunds are not available after 14 days.', words: 'terms and conditions clearly' },
      { draft: 'We are not responsible for delays caused by the weather.', words: 'We are not responsible' },
      { draft: 'Our staff followed the correct procedure at all times.', words: 'followed the correct procedure' },
    ],
    passes: [
      "Our records show we charged you twice; I've reversed the second charge.",
      'This was not your fault.',
      "Our terms entitle you to a refund, so I've issued one today.",
      "It wasn't the florist's fault, it was ours: we gave them the wrong address.",
      'Our tracking shows the van left at 9, and it is our mistake that it went to the old address.',
      'I checked our notes, and we never called you back. That was my mistake.',
    ],
  },
  minimizing: {
    flags: [
      { draft: 'It was just a small delay.', words: 'just a small' },
      { draft: 'Your order was only a few days late.', words: 'only a few' },
      { draft: 'Sorry for the minor inconvenience.', words: 'minor inconvenience' },
      { draft: 'Sorry about the slight hiccup with your booking.', words: 'slight hiccup' },
      { draft: 'At least you got your order eventually.', words: 'At least' },
      { draft: 'Most customers did not even notice the outage.', words: 'Most customers did not even notice' },
      { draft: 'It was only $12, so please do not worry.', words: 'only $12' },
    ],
    passes: [
      'I just refunded you in full.',
      'We only charge once, so the second charge was our error.',
      'Mac users were not affected.',
      'Only named staff can open the folder now.',
      "Just send me the receipt and I'll repay it.",
      'We now check every order, not just the large ones.',
    ],
  },
  'passive-evasion': {
    flags: [
      { draft: 'Mistakes were made.', words: 'Mistakes were made' },
      { draft: 'Your order was sent to the wrong address.', words: 'was sent to the wrong address' },
      { draft: 'The appointment was missed.', words: 'appointment was missed' },
      { draft: 'You were charged twice for the same ticket.', words: 'charged twice' },
      { draft: 'Your booking was cancelled without notice.', words: 'was cancelled' },
      { draft: 'Your parcel was lost in transit.', words: 'was lost' },
    ],
    passes: [
      'Mistakes were made by me.',
      'Your replacement was sent this morning.',
      'Your refund has been issued.',
      'We are committed to fixing this, and you are entitled to a refund.',
      'Three orders were affected.',
      'You were charged twice because I keyed the payment twice.',
      'Your order was sent to the wrong address. That was my typo.',
      'An error occurred.',
    ],
  },
  hedging: {
    flags: [
      { draft: 'It seems there may have been an issue with your payment.', words: 'It seems' },
      { draft: 'We will possibly refund the fee.', words: 'possibly' },
      { draft: 'Perhaps we could have been clearer about the fees.', words: 'Perhaps' },
      { draft: 'I think I might have deleted your file.', words: 'I think I' },
      { draft: 'Your part should arrive sometime next week.', words: 'should arrive' },
      { draft: 'It looks like the driver probably went to the wrong house.', words: 'looks like' },
    ],
    passes: [
      "We don't know yet why it failed; I'll tell you by 5pm.",
      'We apologise for any inconvenience this may have caused.',
      'Your new bike arrives on May 3rd.',
      'You may return it for free within 30 days.',
      'We broke the export feature in version 2.1.',
      "It seems it's at the depot; I'll confirm by 3pm.",
    ],
  },
  'vague-prevention': {
    flags: [
      { draft: 'Rest assured that we are working hard to improve our service.', words: 'working hard to improve' },
      { draft: "I'm sorry. This will never happen again.", words: 'never happen again' },
      { draft: "I'm sorry. We'll do better.", words: 'do better' },
      { draft: "I'm sorry. We will try harder next time.", words: 'try harder' },
      { draft: "I'm sorry. Lessons have been learned.", words: 'Lessons have been learned' },
      { draft: "I'm sorry. It won't happen again!", words: "won't happen again" },
      { draft: "I'm sorry. We will endeavour to improve.", words: 'endeavour to improve' },
    ],
    passes: [
      "I'm sorry. We'll do better: every order now gets a second check.",
      "I'm sorry. This won't happen again, because we have added a label check at packing.",
      "I'm sorry. We have retrained the night team.",
      "I'm sorry. We now text you the day before each visit.",
      "I'm sorry. I've refunded you.",
      "I'm sorry. From now on, two people sign off every invoice before it is sent.",
    ],
  },
  'late-apology': {
    flags: [
      {
        draft: 'Thank you for your message. I have looked into your order. It left our warehouse on Monday. I am sorry it arrived late.',
        words: 'sorry',
      },
      {
        draft: 'Hi Jo,\n\nWe received your email. The engineer visited on Friday. The boiler needs a new part. We apologise for the wait.\n\nBest,\nTom',
        words: 'apologise',
      },
      {
        draft: 'Your invoice listed 12 seats. Your team has 10. We set it up in May. Our apologies for this error.',
        words: 'apologies',
      },
      {
        draft: 'Thanks for flagging this. I checked the logs. The export failed twice. Sorry about that, it was our bug.',
        words: 'Sorry',
      },
      {
        draft: 'Dear Mr. Ito,\n\nYour table was booked for 8pm. You arrived on time. We seated you at 9. I apologise for that.',
        words: 'apologise',
      },
      {
        draft: 'We reviewed your claim. It was received on 3 June. It was processed on 20 June. I am very sorry for the delay.',
        words: 'sorry',
      },
    ],
    passes: [
      'Hi Linda,\n\nI am sorry your order was late. It left on Monday.',
      'Your invoice listed 12 seats. Your team has 10. I am sorry, this was our mistake.',
      'Subject: We are sorry about your booking\n\nWe double-booked your room. We have refunded you. We have added a check. We know it spoiled your trip.',
      'Agent: Hi, this is Sam from Northwind.\nAgent: I am sorry about yesterday.',
      'Thank you for your message. I have looked into it. It left on Monday. Sorry if this was confusing.',
      '# Outage report\n\nWe are sorry. Our API failed for an hour.',
    ],
  },
};
